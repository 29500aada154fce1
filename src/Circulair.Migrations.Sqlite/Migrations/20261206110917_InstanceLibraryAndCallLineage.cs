using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "SourceCallKey",
                table: "FundingApplications",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InstanceCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    TitleNl = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Organisations = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DomainCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubdomainCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RStrategyCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ValueChain = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Chapter = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SummaryNl = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    SummaryEn = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstanceCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstanceFundingCalls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    NameNl = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Funder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Domains = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Themes = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    WhoMayApplyNl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WhoMayApplyEn = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AmountNl = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AmountEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LastChecked = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SummaryNl = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    SummaryEn = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
