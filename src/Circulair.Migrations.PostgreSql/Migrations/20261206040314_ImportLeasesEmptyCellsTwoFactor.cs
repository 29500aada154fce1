using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ImportLeasesEmptyCellsTwoFactor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "EmptyCellsClear",
                table: "ScanImports",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "EmptyCount",
                table: "ScanImports",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseExpiresAt",
                table: "ScanImports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseHolder",
                table: "ScanImports",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequireTwoFactor",
                table: "Organisations",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EmptyCellsClear",
                table: "ScanImports");

            migrationBuilder.DropColumn(
                name: "EmptyCount",
                table: "ScanImports");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "ScanImports");

            migrationBuilder.DropColumn(
                name: "LeaseHolder",
                table: "ScanImports");

            migrationBuilder.DropColumn(
                name: "RequireTwoFactor",
                table: "Organisations");
        }
    }
}
