using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningSociety.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DisadvantagedDesignationsAndJudgedRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AppraisalDesignation",
                table: "Registrations",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AppraisalMinPerIndicator",
                table: "Registrations",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppraisalRuleName",
                table: "Registrations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PastConfirmedAt",
                table: "Registrations",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PastConfirmedBy",
                table: "Registrations",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PastDecisionDate",
                table: "Registrations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PastDecisionNumber",
                table: "Registrations",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PastWithoutDecision",
                table: "Registrations",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "DisadvantagedDesignations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DocumentType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Issuer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FromYear = table.Column<int>(type: "int", nullable: false),
                    ToYear = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisadvantagedDesignations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RejudgeNotices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VillageId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Rejudged = table.Column<int>(type: "int", nullable: false),
                    Changed = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RejudgeNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RejudgeNotices_AdministrativeUnits_VillageId",
                        column: x => x.VillageId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DisadvantagedCommunes",
                columns: table => new
                {
                    DesignationId = table.Column<int>(type: "int", nullable: false),
                    CommuneId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisadvantagedCommunes", x => new { x.DesignationId, x.CommuneId });
                    table.ForeignKey(
                        name: "FK_DisadvantagedCommunes_AdministrativeUnits_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisadvantagedCommunes_DisadvantagedDesignations_DesignationId",
                        column: x => x.DesignationId,
                        principalTable: "DisadvantagedDesignations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisadvantagedCommunes_CommuneId",
                table: "DisadvantagedCommunes",
                column: "CommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_DisadvantagedDesignations_FromYear_ToYear",
                table: "DisadvantagedDesignations",
                columns: new[] { "FromYear", "ToYear" });

            migrationBuilder.CreateIndex(
                name: "IX_RejudgeNotices_VillageId_Year",
                table: "RejudgeNotices",
                columns: new[] { "VillageId", "Year" });

            // The ĐBKK flags communes set on their own yearly facts become lists of the province to complete: one per year,
            // its legal basis marked as missing, so nothing designated is lost and an administrator adds the real basis.
            migrationBuilder.Sql(
                "INSERT INTO \"DisadvantagedDesignations\" (\"DocumentType\", \"Number\", \"IssuedOn\", \"Issuer\", \"FromYear\", \"ToYear\", \"ConcurrencyStamp\") "
                + "SELECT 'Quyết định', 'Chưa ghi số', DATEFROMPARTS(y.\"Year\", 1, 1), 'Chuyển từ dữ liệu cũ – cần bổ sung căn cứ', y.\"Year\", y.\"Year\", NEWID() "
                + "FROM (SELECT DISTINCT \"Year\" FROM \"UnitYearProfiles\" WHERE \"IsDisadvantaged\" = 1) y");
            migrationBuilder.Sql(
                "INSERT INTO \"DisadvantagedCommunes\" (\"DesignationId\", \"CommuneId\") "
                + "SELECT d.\"Id\", p.\"UnitId\" FROM \"UnitYearProfiles\" p JOIN \"DisadvantagedDesignations\" d "
                + "ON d.\"FromYear\" = p.\"Year\" AND d.\"Number\" = 'Chưa ghi số' WHERE p.\"IsDisadvantaged\" = 1");
            migrationBuilder.DropColumn(
                name: "IsDisadvantaged",
                table: "UnitYearProfiles");

            // Cards judged before they kept their own minimum were judged with 5 (KH 196/KH-KHVN, the only minimum configured).
            migrationBuilder.Sql("UPDATE \"Registrations\" SET \"AppraisalMinPerIndicator\" = 5 WHERE \"AppraisalThreshold\" IS NOT NULL");

            // Earlier years now count only once the commune confirms them: the tallies are counted again at start-up.
            migrationBuilder.Sql("DELETE FROM \"CardTallies\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisadvantagedCommunes");

            migrationBuilder.DropTable(
                name: "RejudgeNotices");

            migrationBuilder.DropTable(
                name: "DisadvantagedDesignations");

            migrationBuilder.DropColumn(
                name: "AppraisalDesignation",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "AppraisalMinPerIndicator",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "AppraisalRuleName",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "PastConfirmedAt",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "PastConfirmedBy",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "PastDecisionDate",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "PastDecisionNumber",
                table: "Registrations");

            migrationBuilder.DropColumn(
                name: "PastWithoutDecision",
                table: "Registrations");

            migrationBuilder.AddColumn<bool>(
                name: "IsDisadvantaged",
                table: "UnitYearProfiles",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }
    }
}
