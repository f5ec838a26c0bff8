using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningSociety.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CardTalliesAndNameSortKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SortKey",
                table: "Citizens",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.CreateTable(
                name: "CardTallies",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    GroupId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Verdict = table.Column<int>(type: "integer", nullable: false),
                    HasCandidate = table.Column<bool>(type: "boolean", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    RouteCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StepOrder = table.Column<int>(type: "integer", nullable: false),
                    DigitalScore = table.Column<int>(type: "integer", nullable: false),
                    Run = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardTallies", x => new { x.Year, x.VillageId, x.GroupId, x.Status, x.Verdict, x.HasCandidate, x.State, x.RouteCode, x.StepOrder, x.DigitalScore, x.Run });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_SortKey",
                table: "Citizens",
                column: "SortKey");

            migrationBuilder.CreateIndex(
                name: "IX_Citizens_VillageId_SortKey",
                table: "Citizens",
                columns: new[] { "VillageId", "SortKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CardTallies");

            migrationBuilder.DropIndex(
                name: "IX_Citizens_SortKey",
                table: "Citizens");

            migrationBuilder.DropIndex(
                name: "IX_Citizens_VillageId_SortKey",
                table: "Citizens");

            migrationBuilder.DropColumn(
                name: "SortKey",
                table: "Citizens");
        }
    }
}
