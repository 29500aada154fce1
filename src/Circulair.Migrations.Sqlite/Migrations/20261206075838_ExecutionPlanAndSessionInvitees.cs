using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExecutionPlanAndSessionInvitees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BusinessCase",
                table: "PlannedActions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Communication",
                table: "PlannedActions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Funding",
                table: "PlannedActions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Monitoring",
                table: "PlannedActions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SessionParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TrajectorySessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    StakeholderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Present = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionParticipants_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionParticipants_TrajectorySessions_TrajectorySessionId",
                        column: x => x.TrajectorySessionId,
                        principalTable: "TrajectorySessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SessionParticipants_OrganisationId",
                table: "SessionParticipants",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionParticipants_StakeholderId",
                table: "SessionParticipants",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionParticipants_TrajectorySessionId_StakeholderId",
                table: "SessionParticipants",
                columns: new[] { "TrajectorySessionId", "StakeholderId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SessionParticipants");

            migrationBuilder.DropColumn(
                name: "BusinessCase",
                table: "PlannedActions");

            migrationBuilder.DropColumn(
                name: "Communication",
                table: "PlannedActions");

            migrationBuilder.DropColumn(
                name: "Funding",
                table: "PlannedActions");

            migrationBuilder.DropColumn(
                name: "Monitoring",
                table: "PlannedActions");
        }
    }
}
