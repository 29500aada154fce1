using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.Sqlite.Migrations
{
    /// <summary>A stakeholder's group becomes optional (decision 0390); existing groups stay as they are.</summary>
    public partial class OptionalStakeholderGroup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "Group",
                table: "Stakeholders",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to a required group: stakeholders without one go to "Andere" (StakeholderGroup.Andere = 12), as before.
            migrationBuilder.Sql("UPDATE \"Stakeholders\" SET \"Group\" = 12 WHERE \"Group\" IS NULL;");
            migrationBuilder.AlterColumn<int>(
                name: "Group",
                table: "Stakeholders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 12,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
