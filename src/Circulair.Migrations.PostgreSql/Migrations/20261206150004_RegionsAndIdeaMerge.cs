using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RegionsAndIdeaMerge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "HiddenAt",
                table: "StrategyIdeas",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoIdeaId",
                table: "StrategyIdeas",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionKey",
                table: "Indicators",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RegionIndicatorDefinitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    Instrument = table.Column<int>(type: "integer", nullable: false),
                    Frequency = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PushedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionIndicatorDefinitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegionIndicatorDefinitions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegionMemberships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    MemberOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    InvitedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedBy = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegionMemberships_Organisations_MemberOrganisationId",
                        column: x => x.MemberOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RegionMemberships_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegionShares",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    RegionMembershipId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    SharedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegionShares_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RegionShares_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RegionShares_RegionMemberships_RegionMembershipId",
                        column: x => x.RegionMembershipId,
                        principalTable: "RegionMemberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StrategyIdeas_MergedIntoIdeaId",
                table: "StrategyIdeas",
                column: "MergedIntoIdeaId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_OrganisationId_RegionKey",
                table: "Indicators",
                columns: new[] { "OrganisationId", "RegionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegionIndicatorDefinitions_OrganisationId_Key",
                table: "RegionIndicatorDefinitions",
                columns: new[] { "OrganisationId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegionMemberships_MemberOrganisationId_Status",
                table: "RegionMemberships",
                columns: new[] { "MemberOrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RegionMemberships_OrganisationId_Status",
                table: "RegionMemberships",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RegionShares_IndicatorId",
                table: "RegionShares",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_RegionShares_OrganisationId",
                table: "RegionShares",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_RegionShares_RegionMembershipId_IndicatorId",
                table: "RegionShares",
                columns: new[] { "RegionMembershipId", "IndicatorId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_StrategyIdeas_StrategyIdeas_MergedIntoIdeaId",
                table: "StrategyIdeas",
                column: "MergedIntoIdeaId",
                principalTable: "StrategyIdeas",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_StrategyIdeas_StrategyIdeas_MergedIntoIdeaId",
                table: "StrategyIdeas");

            migrationBuilder.DropTable(
                name: "RegionIndicatorDefinitions");

            migrationBuilder.DropTable(
                name: "RegionShares");

            migrationBuilder.DropTable(
                name: "RegionMemberships");

            migrationBuilder.DropIndex(
                name: "IX_StrategyIdeas_MergedIntoIdeaId",
                table: "StrategyIdeas");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_OrganisationId_RegionKey",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "HiddenAt",
                table: "StrategyIdeas");

            migrationBuilder.DropColumn(
                name: "MergedIntoIdeaId",
                table: "StrategyIdeas");

            migrationBuilder.DropColumn(
                name: "RegionKey",
                table: "Indicators");
        }
    }
}
