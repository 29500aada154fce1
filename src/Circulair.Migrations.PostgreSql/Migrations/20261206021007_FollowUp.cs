using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class FollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FollowUpSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Cycle = table.Column<int>(type: "integer", nullable: false),
                    Weighting = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpSettings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PoliticalDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    Moment = table.Column<int>(type: "integer", nullable: false),
                    Body = table.Column<int>(type: "integer", nullable: false),
                    OtherBody = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedByUserId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PoliticalDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PoliticalDecisions_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PoliticalDecisions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PoliticalDecisions_Trajectories_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    PlannedActionId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Blocker = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NextStep = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    EvidenceLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    GivenByUserId = table.Column<int>(type: "integer", nullable: true),
                    GivenByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_AspNetUsers_GivenByUserId",
                        column: x => x.GivenByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionStatusSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    FollowUpSettingsId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DefaultPercent = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionStatusSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionStatusSettings_FollowUpSettings_FollowUpSettingsId",
                        column: x => x.FollowUpSettingsId,
                        principalTable: "FollowUpSettings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdoptedVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    PoliticalDecisionId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ActionCount = table.Column<int>(type: "integer", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SavedByUserId = table.Column<int>(type: "integer", nullable: true),
                    SavedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SnapshotJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdoptedVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdoptedVersions_AspNetUsers_SavedByUserId",
                        column: x => x.SavedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AdoptedVersions_PoliticalDecisions_PoliticalDecisionId",
                        column: x => x.PoliticalDecisionId,
                        principalTable: "PoliticalDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdoptedVersions_Trajectories_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionStatusSettings_FollowUpSettingsId_Status",
                table: "ActionStatusSettings",
                columns: new[] { "FollowUpSettingsId", "Status" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionStatusSettings_OrganisationId",
                table: "ActionStatusSettings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AdoptedVersions_OrganisationId",
                table: "AdoptedVersions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AdoptedVersions_PoliticalDecisionId",
                table: "AdoptedVersions",
                column: "PoliticalDecisionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdoptedVersions_SavedByUserId",
                table: "AdoptedVersions",
                column: "SavedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AdoptedVersions_TrajectoryId_Number",
                table: "AdoptedVersions",
                columns: new[] { "TrajectoryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpSettings_OrganisationId",
                table: "FollowUpSettings",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PoliticalDecisions_OrganisationId_TrajectoryId",
                table: "PoliticalDecisions",
                columns: new[] { "OrganisationId", "TrajectoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_PoliticalDecisions_RecordedByUserId",
                table: "PoliticalDecisions",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PoliticalDecisions_TrajectoryId",
                table: "PoliticalDecisions",
                column: "TrajectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_GivenByUserId",
                table: "ProgressUpdates",
                column: "GivenByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_OrganisationId_TrajectoryId",
                table: "ProgressUpdates",
                columns: new[] { "OrganisationId", "TrajectoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_PlannedActionId_Date",
                table: "ProgressUpdates",
                columns: new[] { "PlannedActionId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionStatusSettings");

            migrationBuilder.DropTable(
                name: "AdoptedVersions");

            migrationBuilder.DropTable(
                name: "ProgressUpdates");

            migrationBuilder.DropTable(
                name: "FollowUpSettings");

            migrationBuilder.DropTable(
                name: "PoliticalDecisions");
        }
    }
}
