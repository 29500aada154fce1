using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KnowledgeLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SourceCaseCopy",
                table: "StrategyIdeas",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceCaseKey",
                table: "StrategyIdeas",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RStrategyCode",
                table: "PlannedActions",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceCaseCopy",
                table: "PlannedActions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceCaseKey",
                table: "PlannedActions",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubdomainCode",
                table: "PlannedActions",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ValueChainStep",
                table: "PlannedActions",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SourceCaseCopy",
                table: "StrategyIdeas");

            migrationBuilder.DropColumn(
                name: "SourceCaseKey",
                table: "StrategyIdeas");

            migrationBuilder.DropColumn(
                name: "RStrategyCode",
                table: "PlannedActions");

            migrationBuilder.DropColumn(
                name: "SourceCaseCopy",
                table: "PlannedActions");

            migrationBuilder.DropColumn(
                name: "SourceCaseKey",
                table: "PlannedActions");

            migrationBuilder.DropColumn(
                name: "SubdomainCode",
                table: "PlannedActions");

            migrationBuilder.DropColumn(
                name: "ValueChainStep",
                table: "PlannedActions");
        }
    }
}
