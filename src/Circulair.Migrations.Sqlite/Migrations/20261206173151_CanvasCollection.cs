using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CanvasCollection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Review",
                table: "WorkshopIdeas",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "WorkshopIdeas",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CanvasKey",
                table: "WorkshopActivities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CanvasKind",
                table: "WorkshopActivities",
                type: "TEXT",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Review",
                table: "WorkshopIdeas");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "WorkshopIdeas");

            migrationBuilder.DropColumn(
                name: "CanvasKey",
                table: "WorkshopActivities");

            migrationBuilder.DropColumn(
                name: "CanvasKind",
                table: "WorkshopActivities");
        }
    }
}
