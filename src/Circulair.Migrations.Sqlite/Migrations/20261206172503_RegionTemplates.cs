using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RegionTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegionKey",
                table: "PlannedActions",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionKey",
                table: "Pilots",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RegionTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DomainCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RStrategyCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    ValueChainStep = table.Column<int>(type: "INTEGER", nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 60000, nullable: false),
                    PushedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegionTemplates_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegionTemplateDeclines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionTemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclinedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionTemplateDeclines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegionTemplateDeclines_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RegionTemplateDeclines_RegionTemplates_RegionTemplateId",
                        column: x => x.RegionTemplateId,
                        principalTable: "RegionTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedActions_OrganisationId_RegionKey",
                table: "PlannedActions",
                columns: new[] { "OrganisationId", "RegionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pilots_OrganisationId_RegionKey",
                table: "Pilots",
                columns: new[] { "OrganisationId", "RegionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegionTemplateDeclines_OrganisationId_RegionTemplateId",
                table: "RegionTemplateDeclines",
                columns: new[] { "OrganisationId", "RegionTemplateId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegionTemplateDeclines_RegionTemplateId",
                table: "RegionTemplateDeclines",
                column: "RegionTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_RegionTemplates_Key",
                table: "RegionTemplates",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_RegionTemplates_OrganisationId_Key",
                table: "RegionTemplates",
                columns: new[] { "OrganisationId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegionTemplateDeclines");

            migrationBuilder.DropTable(
                name: "RegionTemplates");

            migrationBuilder.DropIndex(
                name: "IX_PlannedActions_OrganisationId_RegionKey",
                table: "PlannedActions");

            migrationBuilder.DropIndex(
                name: "IX_Pilots_OrganisationId_RegionKey",
                table: "Pilots");

            migrationBuilder.DropColumn(
                name: "RegionKey",
                table: "PlannedActions");

            migrationBuilder.DropColumn(
                name: "RegionKey",
                table: "Pilots");
        }
    }
}
