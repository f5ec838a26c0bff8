using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningSociety.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CitizensByGroupAndVillage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Citizens_GroupId",
                table: "Citizens");

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_GroupId_VillageId",
                table: "Citizens",
                columns: new[] { "GroupId", "VillageId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Citizens_GroupId_VillageId",
                table: "Citizens");

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_GroupId",
                table: "Citizens",
                column: "GroupId");
        }
    }
}
