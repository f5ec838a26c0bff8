using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningSociety.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RecognitionRuleDigitalSkillsCutOff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DigitalSkillsCutOff",
                table: "RecognitionRules",
                type: "integer",
                nullable: false,
                // Existing rows keep the cut-off the portal used before it became data.
                defaultValue: 7);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DigitalSkillsCutOff",
                table: "RecognitionRules");
        }
    }
}
