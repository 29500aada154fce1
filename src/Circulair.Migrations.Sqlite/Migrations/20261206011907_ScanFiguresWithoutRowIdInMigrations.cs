using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScanFiguresWithoutRowIdInMigrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "ScanObservations")
                .Annotation("Circulair:SqliteWithoutRowId", true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "ScanObservations")
                .OldAnnotation("Circulair:SqliteWithoutRowId", true);
        }
    }
}
