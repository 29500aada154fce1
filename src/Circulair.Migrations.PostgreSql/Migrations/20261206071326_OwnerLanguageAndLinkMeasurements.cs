using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class OwnerLanguageAndLinkMeasurements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "OwnerContacts",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "nl-BE");

            migrationBuilder.AddColumn<int>(
                name: "OwnerLinkId",
                table: "Measurements",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_OwnerLinkId",
                table: "Measurements",
                column: "OwnerLinkId");

            migrationBuilder.AddForeignKey(
                name: "FK_Measurements_OwnerLinks_OwnerLinkId",
                table: "Measurements",
                column: "OwnerLinkId",
                principalTable: "OwnerLinks",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Measurements_OwnerLinks_OwnerLinkId",
                table: "Measurements");

            migrationBuilder.DropIndex(
                name: "IX_Measurements_OwnerLinkId",
                table: "Measurements");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "OwnerContacts");

            migrationBuilder.DropColumn(
                name: "OwnerLinkId",
                table: "Measurements");
        }
    }
}
