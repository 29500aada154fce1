using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SkippedSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SkippedSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TrajectoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    StepKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SkippedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    SkippedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SkippedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkippedSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkippedSteps_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SkippedSteps_Trajectories_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SkippedSteps_OrganisationId",
                table: "SkippedSteps",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SkippedSteps_TrajectoryId_StepKey",
                table: "SkippedSteps",
                columns: new[] { "TrajectoryId", "StepKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SkippedSteps");
        }
    }
}
