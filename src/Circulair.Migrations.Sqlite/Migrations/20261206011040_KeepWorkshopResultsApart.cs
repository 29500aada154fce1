using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KeepWorkshopResultsApart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SupportSource",
                table: "StrategyDomains",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DomainSupportEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    StrategyDomainId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkshopActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Voters = table.Column<int>(type: "INTEGER", nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    Dots = table.Column<int>(type: "INTEGER", nullable: false),
                    SuggestedSupport = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AdoptedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DomainSupportEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DomainSupportEvidence_StrategyDomains_StrategyDomainId",
                        column: x => x.StrategyDomainId,
                        principalTable: "StrategyDomains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DomainSupportEvidence_WorkshopActivities_WorkshopActivityId",
                        column: x => x.WorkshopActivityId,
                        principalTable: "WorkshopActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdeaVoteTallies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    StrategyIdeaId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkshopActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Votes = table.Column<int>(type: "INTEGER", nullable: false),
                    CountedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdeaVoteTallies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdeaVoteTallies_StrategyIdeas_StrategyIdeaId",
                        column: x => x.StrategyIdeaId,
                        principalTable: "StrategyIdeas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IdeaVoteTallies_WorkshopActivities_WorkshopActivityId",
                        column: x => x.WorkshopActivityId,
                        principalTable: "WorkshopActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DomainSupportEvidence_OrganisationId",
                table: "DomainSupportEvidence",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_DomainSupportEvidence_StrategyDomainId_WorkshopActivityId",
                table: "DomainSupportEvidence",
                columns: new[] { "StrategyDomainId", "WorkshopActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DomainSupportEvidence_WorkshopActivityId",
                table: "DomainSupportEvidence",
                column: "WorkshopActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_IdeaVoteTallies_OrganisationId",
                table: "IdeaVoteTallies",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_IdeaVoteTallies_StrategyIdeaId_WorkshopActivityId",
                table: "IdeaVoteTallies",
                columns: new[] { "StrategyIdeaId", "WorkshopActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IdeaVoteTallies_WorkshopActivityId",
                table: "IdeaVoteTallies",
                column: "WorkshopActivityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DomainSupportEvidence");

            migrationBuilder.DropTable(
                name: "IdeaVoteTallies");

            migrationBuilder.DropColumn(
                name: "SupportSource",
                table: "StrategyDomains");
        }
    }
}
