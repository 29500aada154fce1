using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InstanceLibraryAndCallLineage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "OrganisationId",
                table: "SheetImportDrafts",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<string>(
                name: "SourceCallKey",
                table: "FundingApplications",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InstanceCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    TitleNl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Organisations = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DomainCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubdomainCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RStrategyCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    ValueChain = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Chapter = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SummaryNl = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: false),
                    SummaryEn = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstanceCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstanceFundingCalls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    NameNl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Funder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Domains = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Themes = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    WhoMayApplyNl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    WhoMayApplyEn = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AmountNl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AmountEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LastChecked = table.Column<DateOnly>(type: "date", nullable: false),
                    SummaryNl = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: false),
                    SummaryEn = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstanceFundingCalls", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InstanceCases_Key",
                table: "InstanceCases",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InstanceFundingCalls_Key",
                table: "InstanceFundingCalls",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstanceCases");

            migrationBuilder.DropTable(
                name: "InstanceFundingCalls");

            migrationBuilder.DropColumn(
                name: "SourceCallKey",
                table: "FundingApplications");

            migrationBuilder.AlterColumn<int>(
                name: "OrganisationId",
                table: "SheetImportDrafts",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
