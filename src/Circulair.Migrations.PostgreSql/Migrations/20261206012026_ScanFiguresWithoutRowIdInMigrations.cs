using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ScanFiguresWithoutRowIdInMigrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
