using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class HealthCheckRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HealthCheckRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthCheckRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HealthCheckRounds_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HealthCheckInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    HealthCheckRoundId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthCheckInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HealthCheckInvitations_HealthCheckRounds_HealthCheckRoundId",
                        column: x => x.HealthCheckRoundId,
                        principalTable: "HealthCheckRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HealthCheckRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    HealthCheckRoundId = table.Column<int>(type: "integer", nullable: false),
                    RaterKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    RaterName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    RatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReplacedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthCheckRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HealthCheckRatings_HealthCheckRounds_HealthCheckRoundId",
                        column: x => x.HealthCheckRoundId,
                        principalTable: "HealthCheckRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HealthCheckScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    HealthCheckRatingId = table.Column<int>(type: "integer", nullable: false),
                    Block = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthCheckScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HealthCheckScores_HealthCheckRatings_HealthCheckRatingId",
                        column: x => x.HealthCheckRatingId,
                        principalTable: "HealthCheckRatings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HealthCheckInvitations_HealthCheckRoundId",
                table: "HealthCheckInvitations",
                column: "HealthCheckRoundId");

            migrationBuilder.CreateIndex(
                name: "IX_HealthCheckInvitations_OrganisationId_HealthCheckRoundId",
                table: "HealthCheckInvitations",
                columns: new[] { "OrganisationId", "HealthCheckRoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_HealthCheckInvitations_TokenHash",
                table: "HealthCheckInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HealthCheckRatings_HealthCheckRoundId_RaterKey",
                table: "HealthCheckRatings",
                columns: new[] { "HealthCheckRoundId", "RaterKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HealthCheckRatings_OrganisationId",
                table: "HealthCheckRatings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_HealthCheckRounds_OrganisationId_OpenedAt",
                table: "HealthCheckRounds",
                columns: new[] { "OrganisationId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HealthCheckScores_HealthCheckRatingId_Block",
                table: "HealthCheckScores",
                columns: new[] { "HealthCheckRatingId", "Block" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HealthCheckScores_OrganisationId",
                table: "HealthCheckScores",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HealthCheckInvitations");

            migrationBuilder.DropTable(
                name: "HealthCheckScores");

            migrationBuilder.DropTable(
                name: "HealthCheckRatings");

            migrationBuilder.DropTable(
                name: "HealthCheckRounds");
        }
    }
}
