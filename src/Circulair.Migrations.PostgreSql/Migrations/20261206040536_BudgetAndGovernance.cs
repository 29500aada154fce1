using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class BudgetAndGovernance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActionBbcLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PlannedActionId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CodeKey = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionBbcLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionBbcLinks_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionSpendings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PlannedActionId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Committed = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Spent = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionSpendings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionSpendings_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BbcEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CodeKey = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BbcEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BbcEntries_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoordinationRoles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    People = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Fte = table.Column<double>(type: "double precision", nullable: true),
                    Tasks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinationRoles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoordinationRoles_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundingApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PlannedActionId = table.Column<int>(type: "integer", nullable: false),
                    Programme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Call = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Requested = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Granted = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingApplications_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GovernancePlatforms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GovernancePlatforms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GovernancePlatforms_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BbcAmounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    BbcEntryId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BbcAmounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BbcAmounts_BbcEntries_BbcEntryId",
                        column: x => x.BbcEntryId,
                        principalTable: "BbcEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlatformMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    GovernancePlatformId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Agenda = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Minutes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlatformMeetings_GovernancePlatforms_GovernancePlatformId",
                        column: x => x.GovernancePlatformId,
                        principalTable: "GovernancePlatforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlatformMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    GovernancePlatformId = table.Column<int>(type: "integer", nullable: false),
                    StakeholderId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlatformMembers_GovernancePlatforms_GovernancePlatformId",
                        column: x => x.GovernancePlatformId,
                        principalTable: "GovernancePlatforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlatformMembers_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PlatformMeetingId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PlannedActionId = table.Column<int>(type: "integer", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingDecisions_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MeetingDecisions_PlatformMeetings_PlatformMeetingId",
                        column: x => x.PlatformMeetingId,
                        principalTable: "PlatformMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionBbcLinks_OrganisationId_CodeKey",
                table: "ActionBbcLinks",
                columns: new[] { "OrganisationId", "CodeKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionBbcLinks_PlannedActionId",
                table: "ActionBbcLinks",
                column: "PlannedActionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionSpendings_OrganisationId",
                table: "ActionSpendings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionSpendings_PlannedActionId_Year",
                table: "ActionSpendings",
                columns: new[] { "PlannedActionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BbcAmounts_BbcEntryId_Year",
                table: "BbcAmounts",
                columns: new[] { "BbcEntryId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BbcAmounts_OrganisationId",
                table: "BbcAmounts",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_BbcEntries_OrganisationId_CodeKey",
                table: "BbcEntries",
                columns: new[] { "OrganisationId", "CodeKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationRoles_OrganisationId",
                table: "CoordinationRoles",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundingApplications_OrganisationId_PlannedActionId",
                table: "FundingApplications",
                columns: new[] { "OrganisationId", "PlannedActionId" });

            migrationBuilder.CreateIndex(
                name: "IX_FundingApplications_PlannedActionId",
                table: "FundingApplications",
                column: "PlannedActionId");

            migrationBuilder.CreateIndex(
                name: "IX_GovernancePlatforms_OrganisationId",
                table: "GovernancePlatforms",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisions_OrganisationId",
                table: "MeetingDecisions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisions_PlannedActionId",
                table: "MeetingDecisions",
                column: "PlannedActionId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisions_PlatformMeetingId",
                table: "MeetingDecisions",
                column: "PlatformMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformMeetings_GovernancePlatformId",
                table: "PlatformMeetings",
                column: "GovernancePlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformMeetings_OrganisationId_GovernancePlatformId",
                table: "PlatformMeetings",
                columns: new[] { "OrganisationId", "GovernancePlatformId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformMembers_GovernancePlatformId",
                table: "PlatformMembers",
                column: "GovernancePlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformMembers_OrganisationId",
                table: "PlatformMembers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PlatformMembers_StakeholderId",
                table: "PlatformMembers",
                column: "StakeholderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionBbcLinks");

            migrationBuilder.DropTable(
                name: "ActionSpendings");

            migrationBuilder.DropTable(
                name: "BbcAmounts");

            migrationBuilder.DropTable(
                name: "CoordinationRoles");

            migrationBuilder.DropTable(
                name: "FundingApplications");

            migrationBuilder.DropTable(
                name: "MeetingDecisions");

            migrationBuilder.DropTable(
                name: "PlatformMembers");

            migrationBuilder.DropTable(
                name: "BbcEntries");

            migrationBuilder.DropTable(
                name: "PlatformMeetings");

            migrationBuilder.DropTable(
                name: "GovernancePlatforms");
        }
    }
}
