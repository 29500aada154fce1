using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class IdeaMergeAndHide : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "HiddenAt",
                table: "StrategyIdeas",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoIdeaId",
                table: "StrategyIdeas",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_StrategyIdeas_MergedIntoIdeaId",
                table: "StrategyIdeas",
                column: "MergedIntoIdeaId");

            migrationBuilder.AddForeignKey(
                name: "FK_StrategyIdeas_StrategyIdeas_MergedIntoIdeaId",
                table: "StrategyIdeas",
                column: "MergedIntoIdeaId",
                principalTable: "StrategyIdeas",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_StrategyIdeas_StrategyIdeas_MergedIntoIdeaId",
                table: "StrategyIdeas");

            migrationBuilder.DropIndex(
                name: "IX_StrategyIdeas_MergedIntoIdeaId",
                table: "StrategyIdeas");

            migrationBuilder.DropColumn(
                name: "HiddenAt",
                table: "StrategyIdeas");

            migrationBuilder.DropColumn(
                name: "MergedIntoIdeaId",
                table: "StrategyIdeas");
        }
    }
}
