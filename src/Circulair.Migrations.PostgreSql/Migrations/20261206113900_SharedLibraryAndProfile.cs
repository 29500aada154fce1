using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceLibraryItemId",
                table: "StrategyIdeas",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceLibraryItemId",
                table: "Indicators",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RStrategyCode",
                table: "Pilots",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceLibraryItemId",
                table: "Pilots",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ValueChainStep",
                table: "Pilots",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SharedLibraryItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PublisherName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DomainCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RStrategyCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    ValueChainStep = table.Column<int>(type: "integer", nullable: true),
                    IncludesPersonalData = table.Column<bool>(type: "boolean", nullable: false),
                    IncludesBudget = table.Column<bool>(type: "boolean", nullable: false),
                    Content = table.Column<string>(type: "character varying(60000)", maxLength: 60000, nullable: false),
                    SearchText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProposedByUserId = table.Column<int>(type: "integer", nullable: true),
                    ProposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedByUserId = table.Column<int>(type: "integer", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
