using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PilotProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Pilots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Template = table.Column<int>(type: "integer", nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TypicalPartners = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PersonaSketch = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ValueSketch = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProgressDefinition = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Step = table.Column<int>(type: "integer", nullable: false),
                    StepSince = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pilots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pilots_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    PlannedActionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotActions_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PilotActions_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotPartners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    StakeholderId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotPartners_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PilotPartners_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotRolePeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    Roles = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotRolePeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotRolePeriods_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotStepMoves",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<int>(type: "integer", nullable: true),
                    To = table.Column<int>(type: "integer", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotStepMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotStepMoves_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotTestCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Duration = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Hypothesis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Criticality = table.Column<int>(type: "integer", nullable: false),
                    Test = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Cost = table.Column<int>(type: "integer", nullable: false),
                    Reliability = table.Column<int>(type: "integer", nullable: false),
                    Metric = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TimeNeeded = table.Column<int>(type: "integer", nullable: false),
                    Criterion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Result = table.Column<int>(type: "integer", nullable: true),
                    Learning = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResultOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotTestCards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotTestCards_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PilotActions_OrganisationId",
                table: "PilotActions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotActions_PilotId_PlannedActionId",
                table: "PilotActions",
                columns: new[] { "PilotId", "PlannedActionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotActions_PlannedActionId",
                table: "PilotActions",
                column: "PlannedActionId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotPartners_OrganisationId",
                table: "PilotPartners",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotPartners_PilotId_StakeholderId",
                table: "PilotPartners",
                columns: new[] { "PilotId", "StakeholderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotPartners_StakeholderId",
                table: "PilotPartners",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotRolePeriods_OrganisationId",
                table: "PilotRolePeriods",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotRolePeriods_PilotId",
                table: "PilotRolePeriods",
                column: "PilotId");

            migrationBuilder.CreateIndex(
                name: "IX_Pilots_OrganisationId",
                table: "Pilots",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotStepMoves_OrganisationId",
                table: "PilotStepMoves",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotStepMoves_PilotId",
                table: "PilotStepMoves",
                column: "PilotId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotTestCards_OrganisationId_PilotId",
                table: "PilotTestCards",
                columns: new[] { "OrganisationId", "PilotId" });

            migrationBuilder.CreateIndex(
                name: "IX_PilotTestCards_PilotId",
                table: "PilotTestCards",
                column: "PilotId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PilotActions");

            migrationBuilder.DropTable(
                name: "PilotPartners");

            migrationBuilder.DropTable(
                name: "PilotRolePeriods");

            migrationBuilder.DropTable(
                name: "PilotStepMoves");

            migrationBuilder.DropTable(
                name: "PilotTestCards");

            migrationBuilder.DropTable(
                name: "Pilots");
        }
    }
}
