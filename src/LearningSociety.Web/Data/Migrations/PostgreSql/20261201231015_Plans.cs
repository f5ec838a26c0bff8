using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LearningSociety.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Plans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DistrictUniversalizationRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Standard = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    MinShareOfCommunes = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: false),
                    ValidFromYear = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi_vn")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DistrictUniversalizationRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalBases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "vi_vn"),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "vi_vn_ci"),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi_vn"),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "vi_vn")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalBases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "vi_vn"),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "vi_vn"),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "vi_vn"),
                    Preamble = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "vi_vn"),
                    Purposes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false, collation: "vi_vn"),
                    Requirements = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false, collation: "vi_vn"),
                    GeneralObjective = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "vi_vn"),
                    TasksAndSolutions = table.Column<string>(type: "character varying(32000)", maxLength: 32000, nullable: false, collation: "vi_vn"),
                    Funding = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "vi_vn"),
                    Recipients = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "vi_vn"),
                    SignerAuthority = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi_vn"),
                    SignerName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false, collation: "vi_vn"),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PreviousVersionId = table.Column<int>(type: "integer", nullable: true),
                    CopiedFromPlanId = table.Column<int>(type: "integer", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "vi_vn"),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "vi_vn"),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_AdministrativeUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Plans_Plans_CopiedFromPlanId",
                        column: x => x.CopiedFromPlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Plans_Plans_PreviousVersionId",
                        column: x => x.PreviousVersionId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TargetIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "vi_vn_ci"),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "vi_vn"),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NumeratorDefinition = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true, collation: "vi_vn"),
                    DenominatorDefinition = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true, collation: "vi_vn"),
                    MaxLevel = table.Column<int>(type: "integer", nullable: true),
                    Computation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Standard = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi_vn"),
                    OwnerUnitId = table.Column<int>(type: "integer", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetIndicators_AdministrativeUnits_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UniversalizationPrerequisites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Standard = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    RequiredStandard = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RequiredLevel = table.Column<int>(type: "integer", nullable: false),
                    ValidFromYear = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi_vn")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UniversalizationPrerequisites", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UniversalizationRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Standard = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    ConditionCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "vi_vn_ci"),
                    Numerator = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Denominator = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    MinRate = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: false),
                    DisadvantagedMinRate = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: false),
                    DisadvantagedNumerator = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DisadvantagedDenominator = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ValidFromYear = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi_vn")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UniversalizationRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UniversalizationSurveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "vi_vn"),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UniversalizationSurveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UniversalizationSurveys_AdministrativeUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanLegalBases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    LegalBasisId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanLegalBases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanLegalBases_LegalBases_LegalBasisId",
                        column: x => x.LegalBasisId,
                        principalTable: "LegalBases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanLegalBases_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanResponsibility",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi_vn"),
                    Duties = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false, collation: "vi_vn")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanResponsibility", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanResponsibility_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanTask",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "vi_vn"),
                    LeadBody = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi_vn"),
                    CoordinatingBodies = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "vi_vn"),
                    CompletionTime = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "vi_vn")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTask", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTask_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanTarget",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true, collation: "vi_vn")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTarget", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTarget_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanTarget_TargetIndicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "TargetIndicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TargetAchievements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Denominator = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "vi_vn"),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "vi_vn"),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetAchievements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetAchievements_AdministrativeUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TargetAchievements_TargetIndicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "TargetIndicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UniversalizationSurveyFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyId = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UniversalizationSurveyFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UniversalizationSurveyFigures_UniversalizationSurveys_Surve~",
                        column: x => x.SurveyId,
                        principalTable: "UniversalizationSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DistrictUniversalizationRules_Standard_Level_ValidFromYear",
                table: "DistrictUniversalizationRules",
                columns: new[] { "Standard", "Level", "ValidFromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalBases_Number_IssuedOn",
                table: "LegalBases",
                columns: new[] { "Number", "IssuedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanLegalBases_LegalBasisId",
                table: "PlanLegalBases",
                column: "LegalBasisId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanLegalBases_PlanId_LegalBasisId",
                table: "PlanLegalBases",
                columns: new[] { "PlanId", "LegalBasisId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanResponsibility_PlanId",
                table: "PlanResponsibility",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_CopiedFromPlanId",
                table: "Plans",
                column: "CopiedFromPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_PreviousVersionId",
                table: "Plans",
                column: "PreviousVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_UnitId_StartYear_Status",
                table: "Plans",
                columns: new[] { "UnitId", "StartYear", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanTarget_IndicatorId",
                table: "PlanTarget",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTarget_PlanId_IndicatorId_Year",
                table: "PlanTarget",
                columns: new[] { "PlanId", "IndicatorId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanTask_PlanId",
                table: "PlanTask",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetAchievements_IndicatorId",
                table: "TargetAchievements",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetAchievements_UnitId_IndicatorId_Year",
                table: "TargetAchievements",
                columns: new[] { "UnitId", "IndicatorId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetIndicators_Code",
                table: "TargetIndicators",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetIndicators_OwnerUnitId",
                table: "TargetIndicators",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_UniversalizationRules_ConditionCode_ValidFromYear",
                table: "UniversalizationRules",
                columns: new[] { "ConditionCode", "ValidFromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UniversalizationSurveyFigures_SurveyId_Count",
                table: "UniversalizationSurveyFigures",
                columns: new[] { "SurveyId", "Count" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UniversalizationSurveys_UnitId_Year",
                table: "UniversalizationSurveys",
                columns: new[] { "UnitId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DistrictUniversalizationRules");

            migrationBuilder.DropTable(
                name: "PlanLegalBases");

            migrationBuilder.DropTable(
                name: "PlanResponsibility");

            migrationBuilder.DropTable(
                name: "PlanTarget");

            migrationBuilder.DropTable(
                name: "PlanTask");

            migrationBuilder.DropTable(
                name: "TargetAchievements");

            migrationBuilder.DropTable(
                name: "UniversalizationPrerequisites");

            migrationBuilder.DropTable(
                name: "UniversalizationRules");

            migrationBuilder.DropTable(
                name: "UniversalizationSurveyFigures");

            migrationBuilder.DropTable(
                name: "LegalBases");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "TargetIndicators");

            migrationBuilder.DropTable(
                name: "UniversalizationSurveys");
        }
    }
}
