using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LearningSociety.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Approvals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApprovalRoutes",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    TitleType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "vi_vn"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi_vn"),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalRoutes", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Deadlines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LevelCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "vi_vn"),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi_vn"),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecognitionDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "vi_vn_ci"),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    IssuingBody = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi_vn"),
                    SignerName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false, collation: "vi_vn"),
                    SignerPosition = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false, collation: "vi_vn"),
                    AmendsDecisionId = table.Column<int>(type: "integer", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "vi_vn"),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecognitionDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecognitionDecisions_AdministrativeUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecognitionDecisions_RecognitionDecisions_AmendsDecisionId",
                        column: x => x.AmendsDecisionId,
                        principalTable: "RecognitionDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApprovalRouteSteps",
                columns: table => new
                {
                    Order = table.Column<int>(type: "integer", nullable: false),
                    RouteCode = table.Column<string>(type: "character varying(30)", nullable: false),
                    LevelCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "vi_vn"),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi_vn"),
                    IsFinal = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalRouteSteps", x => new { x.RouteCode, x.Order });
                    table.ForeignKey(
                        name: "FK_ApprovalRouteSteps_ApprovalRoutes_RouteCode",
                        column: x => x.RouteCode,
                        principalTable: "ApprovalRoutes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Candidates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegistrationId = table.Column<int>(type: "integer", nullable: false),
                    RouteCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CurrentStepOrder = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "vi_vn"),
                    DecisionNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true, collation: "vi_vn"),
                    DecisionId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Candidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Candidates_ApprovalRoutes_RouteCode",
                        column: x => x.RouteCode,
                        principalTable: "ApprovalRoutes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Candidates_RecognitionDecisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "RecognitionDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Candidates_Registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "Registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CandidateTransition",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CandidateId = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FromState = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FromStepOrder = table.Column<int>(type: "integer", nullable: false),
                    ToState = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ToStepOrder = table.Column<int>(type: "integer", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "vi_vn"),
                    ActorLevelCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "vi_vn"),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "vi_vn")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateTransition", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateTransition_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_DecisionId",
                table: "Candidates",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_RegistrationId",
                table: "Candidates",
                column: "RegistrationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_RouteCode",
                table: "Candidates",
                column: "RouteCode");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_Year_State_CurrentStepOrder",
                table: "Candidates",
                columns: new[] { "Year", "State", "CurrentStepOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_CandidateTransition_CandidateId_Sequence",
                table: "CandidateTransition",
                columns: new[] { "CandidateId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deadlines_Year_LevelCode",
                table: "Deadlines",
                columns: new[] { "Year", "LevelCode" });

            migrationBuilder.CreateIndex(
                name: "IX_RecognitionDecisions_AmendsDecisionId",
                table: "RecognitionDecisions",
                column: "AmendsDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_RecognitionDecisions_UnitId_Number",
                table: "RecognitionDecisions",
                columns: new[] { "UnitId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApprovalRouteSteps");

            migrationBuilder.DropTable(
                name: "CandidateTransition");

            migrationBuilder.DropTable(
                name: "Deadlines");

            migrationBuilder.DropTable(
                name: "Candidates");

            migrationBuilder.DropTable(
                name: "ApprovalRoutes");

            migrationBuilder.DropTable(
                name: "RecognitionDecisions");
        }
    }
}
