using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningSociety.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CitizensByGroupInNameOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Citizens_GroupId_SortKey",
                table: "Citizens",
                columns: new[] { "GroupId", "SortKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Citizens_GroupId_SortKey",
                table: "Citizens");
        }
    }
}
