using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PilotPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PilotBusinessModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    ValueProposition = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UserSegments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Channels = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UserRelationship = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    KeyActivities = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Resources = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    KeyPartners = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RevenueStreams = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CostStructure = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotBusinessModels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotBusinessModels_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotCommunications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    StakeholderId = table.Column<int>(type: "integer", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Objectives = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Channels = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Products = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Responsible = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotCommunications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotCommunications_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PilotCommunications_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotImprovements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    Area = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotImprovements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotImprovements_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotLegacyCanvases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    Statement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Constraints = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ScaleUp = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ScaleDeep = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ScaleOut = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ScaleDown = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotLegacyCanvases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotLegacyCanvases_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PilotBusinessModels_OrganisationId",
                table: "PilotBusinessModels",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotBusinessModels_PilotId",
                table: "PilotBusinessModels",
                column: "PilotId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotCommunications_OrganisationId",
                table: "PilotCommunications",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotCommunications_PilotId_Number",
                table: "PilotCommunications",
                columns: new[] { "PilotId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotCommunications_StakeholderId",
                table: "PilotCommunications",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotImprovements_OrganisationId_PilotId",
                table: "PilotImprovements",
                columns: new[] { "OrganisationId", "PilotId" });

            migrationBuilder.CreateIndex(
                name: "IX_PilotImprovements_PilotId",
                table: "PilotImprovements",
                column: "PilotId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotLegacyCanvases_OrganisationId",
                table: "PilotLegacyCanvases",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotLegacyCanvases_PilotId",
                table: "PilotLegacyCanvases",
                column: "PilotId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PilotBusinessModels");

            migrationBuilder.DropTable(
                name: "PilotCommunications");

            migrationBuilder.DropTable(
                name: "PilotImprovements");

            migrationBuilder.DropTable(
                name: "PilotLegacyCanvases");
        }
    }
}
