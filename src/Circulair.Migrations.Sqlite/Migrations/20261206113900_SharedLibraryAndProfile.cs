using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SharedLibraryAndProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SourceLibraryItemId",
                table: "PlannedActions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceLibraryItemId",
                table: "StrategyIdeas",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceLibraryItemId",
                table: "Indicators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RStrategyCode",
                table: "Pilots",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceLibraryItemId",
                table: "Pilots",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ValueChainStep",
                table: "Pilots",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SharedLibraryItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PublisherName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DomainCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RStrategyCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    ValueChainStep = table.Column<int>(type: "INTEGER", nullable: true),
                    IncludesPersonalData = table.Column<bool>(type: "INTEGER", nullable: false),
                    IncludesBudget = table.Column<bool>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 60000, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ProposedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SharedLibraryItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SharedLibraryItems_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SharedLibraryItems_OrganisationId_Kind_SourceId",
                table: "SharedLibraryItems",
                columns: new[] { "OrganisationId", "Kind", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_SharedLibraryItems_Status_PublishedAt",
                table: "SharedLibraryItems",
                columns: new[] { "Status", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SharedLibraryItems");

            migrationBuilder.DropColumn(
                name: "SourceLibraryItemId",
                table: "PlannedActions");

            migrationBuilder.DropColumn(
                name: "SourceLibraryItemId",
                table: "StrategyIdeas");

            migrationBuilder.DropColumn(
                name: "SourceLibraryItemId",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "RStrategyCode",
                table: "Pilots");

            migrationBuilder.DropColumn(
                name: "SourceLibraryItemId",
                table: "Pilots");

            migrationBuilder.DropColumn(
                name: "ValueChainStep",
                table: "Pilots");
        }
    }
}
