using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FollowUpOwners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EvidenceContentType",
                table: "ProgressUpdates",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EvidenceFileBytes",
                table: "ProgressUpdates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceFileKey",
                table: "ProgressUpdates",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceFileName",
                table: "ProgressUpdates",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OwnerLinkId",
                table: "ProgressUpdates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DoneOn",
                table: "ActionMilestones",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OwnerContacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    StakeholderId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    EmailKey = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnerContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OwnerContacts_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OwnerContacts_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OwnerMailings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    EmailKey = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnerMailings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OwnerMailings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OwnerLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerContactId = table.Column<int>(type: "INTEGER", nullable: true),
                    PlannedActionId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OwnerLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OwnerLinks_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OwnerLinks_OwnerContacts_OwnerContactId",
                        column: x => x.OwnerContactId,
                        principalTable: "OwnerContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_OwnerLinks_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_OwnerLinkId",
                table: "ProgressUpdates",
                column: "OwnerLinkId");

            migrationBuilder.CreateIndex(
                name: "IX_OwnerContacts_OrganisationId_EmailKey",
                table: "OwnerContacts",
                columns: new[] { "OrganisationId", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_OwnerContacts_PlannedActionId_EmailKey",
                table: "OwnerContacts",
                columns: new[] { "PlannedActionId", "EmailKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OwnerLinks_OrganisationId",
                table: "OwnerLinks",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OwnerLinks_OwnerContactId",
                table: "OwnerLinks",
                column: "OwnerContactId");

            migrationBuilder.CreateIndex(
                name: "IX_OwnerLinks_PlannedActionId",
                table: "OwnerLinks",
                column: "PlannedActionId");

            migrationBuilder.CreateIndex(
                name: "IX_OwnerLinks_TokenHash",
                table: "OwnerLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OwnerMailings_OrganisationId_RoundStart_Kind_EmailKey",
                table: "OwnerMailings",
                columns: new[] { "OrganisationId", "RoundStart", "Kind", "EmailKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OwnerMailings_Status_NextAttemptAt",
                table: "OwnerMailings",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_ProgressUpdates_OwnerLinks_OwnerLinkId",
                table: "ProgressUpdates",
                column: "OwnerLinkId",
                principalTable: "OwnerLinks",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ProgressUpdates_OwnerLinks_OwnerLinkId",
                table: "ProgressUpdates");

            migrationBuilder.DropTable(
                name: "OwnerLinks");

            migrationBuilder.DropTable(
                name: "OwnerMailings");

            migrationBuilder.DropTable(
                name: "OwnerContacts");

            migrationBuilder.DropIndex(
                name: "IX_ProgressUpdates_OwnerLinkId",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "EvidenceContentType",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "EvidenceFileBytes",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "EvidenceFileKey",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "EvidenceFileName",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "OwnerLinkId",
                table: "ProgressUpdates");

            migrationBuilder.DropColumn(
                name: "DoneOn",
                table: "ActionMilestones");
        }
    }
}
