using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LearningSociety.Web.Data.Migrations.PostgreSql
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Recitals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "vi_vn"),
                    Executors = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "vi_vn"),
                    Recipients = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "vi_vn"),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Assessment = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true, collation: "vi_vn"),
                    Shortcomings = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true, collation: "vi_vn"),
                    Directions = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true, collation: "vi_vn"),
                    Proposals = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true, collation: "vi_vn"),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
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
