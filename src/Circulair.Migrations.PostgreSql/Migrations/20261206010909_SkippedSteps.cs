using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    StepKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SkippedByUserId = table.Column<int>(type: "integer", nullable: true),
                    SkippedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SkippedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
