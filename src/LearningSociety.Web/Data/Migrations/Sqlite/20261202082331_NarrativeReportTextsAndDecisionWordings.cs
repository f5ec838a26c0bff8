using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningSociety.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NarrativeReportTextsAndDecisionWordings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DecisionWordings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Recitals = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Executors = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionWordings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionWordings_AdministrativeUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResultsReportTexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Shortcomings = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Directions = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Proposals = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResultsReportTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResultsReportTexts_AdministrativeUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionWordings_UnitId_Year",
                table: "DecisionWordings",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResultsReportTexts_UnitId_Year",
                table: "ResultsReportTexts",
                columns: new[] { "UnitId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionWordings");

            migrationBuilder.DropTable(
                name: "ResultsReportTexts");
        }
    }
}
