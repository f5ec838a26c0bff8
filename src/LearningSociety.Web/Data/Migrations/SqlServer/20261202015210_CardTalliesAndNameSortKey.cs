using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningSociety.Web.Data.Migrations.SqlServer
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
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "",
                collation: "Latin1_General_100_BIN2");

            migrationBuilder.CreateTable(
                name: "CardTallies",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    VillageId = table.Column<int>(type: "int", nullable: false),
                    GroupId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Verdict = table.Column<int>(type: "int", nullable: false),
                    HasCandidate = table.Column<bool>(type: "bit", nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    RouteCode = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    StepOrder = table.Column<int>(type: "int", nullable: false),
                    DigitalScore = table.Column<int>(type: "int", nullable: false),
                    Run = table.Column<int>(type: "int", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
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
