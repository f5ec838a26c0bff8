using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LearningSociety.Web.Data.Migrations.PostgreSql
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
                type: "character varying(400)",
                maxLength: 400,
                nullable: true,
                collation: "vi_vn");

            migrationBuilder.AddColumn<int>(
                name: "AppraisalMinPerIndicator",
                table: "Registrations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppraisalRuleName",
                table: "Registrations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "vi_vn");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PastConfirmedAt",
                table: "Registrations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PastConfirmedBy",
                table: "Registrations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true,
                collation: "vi_vn");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PastDecisionDate",
                table: "Registrations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PastDecisionNumber",
                table: "Registrations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true,
                collation: "vi_vn");

            migrationBuilder.AddColumn<bool>(
                name: "PastWithoutDecision",
                table: "Registrations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "DisadvantagedDesignations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "vi_vn"),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "vi_vn"),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi_vn"),
                    FromYear = table.Column<int>(type: "integer", nullable: false),
                    ToYear = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VillageId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Rejudged = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false, collation: "vi_vn"),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "vi_vn"),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    DesignationId = table.Column<int>(type: "integer", nullable: false),
                    CommuneId = table.Column<int>(type: "integer", nullable: false)
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
                        name: "FK_DisadvantagedCommunes_DisadvantagedDesignations_Designation~",
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
                + "SELECT 'Quyết định', 'Chưa ghi số', make_date(y.\"Year\", 1, 1), 'Chuyển từ dữ liệu cũ – cần bổ sung căn cứ', y.\"Year\", y.\"Year\", gen_random_uuid() "
                + "FROM (SELECT DISTINCT \"Year\" FROM \"UnitYearProfiles\" WHERE \"IsDisadvantaged\" = TRUE) y");
            migrationBuilder.Sql(
                "INSERT INTO \"DisadvantagedCommunes\" (\"DesignationId\", \"CommuneId\") "
                + "SELECT d.\"Id\", p.\"UnitId\" FROM \"UnitYearProfiles\" p JOIN \"DisadvantagedDesignations\" d "
                + "ON d.\"FromYear\" = p.\"Year\" AND d.\"Number\" = 'Chưa ghi số' WHERE p.\"IsDisadvantaged\" = TRUE");
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
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }
    }
}
