using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningSociety.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SubmittedForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SubmittedForms",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "vi_vn"),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResultUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "vi_vn")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmittedForms", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SubmittedForms_UserName_CreatedAt",
                table: "SubmittedForms",
                columns: new[] { "UserName", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SubmittedForms");
        }
    }
}
