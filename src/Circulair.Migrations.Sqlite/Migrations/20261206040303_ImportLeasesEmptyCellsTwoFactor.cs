using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "EmptyCount",
                table: "ScanImports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseExpiresAt",
                table: "ScanImports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseHolder",
                table: "ScanImports",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequireTwoFactor",
                table: "Organisations",
                type: "INTEGER",
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
