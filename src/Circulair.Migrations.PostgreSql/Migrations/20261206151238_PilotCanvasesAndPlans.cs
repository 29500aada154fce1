using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PilotCanvasesAndPlans : Migration
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
                name: "PilotCanvasVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CanvasKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<int>(type: "integer", nullable: true),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RestoredFromNumber = table.Column<int>(type: "integer", nullable: true),
                    SnapshotJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotCanvasVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotCanvasVersions_Pilots_PilotId",
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
                name: "PilotJourneys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    CanvasKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Personas = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotJourneys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotJourneys_Pilots_PilotId",
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

            migrationBuilder.CreateTable(
                name: "PilotPersonas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    CanvasKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Job = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Quote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AgeCategory = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Gender = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Household = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Brands = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IntrovertExtravert = table.Column<int>(type: "integer", nullable: false),
                    AnalytischCreatief = table.Column<int>(type: "integer", nullable: false),
                    ConservatiefLiberaal = table.Column<int>(type: "integer", nullable: false),
                    OnverschilligMilieubewust = table.Column<int>(type: "integer", nullable: false),
                    OnlineWinkelen = table.Column<int>(type: "integer", nullable: false),
                    Comfort = table.Column<int>(type: "integer", nullable: false),
                    Kwaliteitseisen = table.Column<int>(type: "integer", nullable: false),
                    Informatienood = table.Column<int>(type: "integer", nullable: false),
                    DigitaleGeletterdheid = table.Column<int>(type: "integer", nullable: false),
                    KennisCirculair = table.Column<int>(type: "integer", nullable: false),
                    Biography = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Motivation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Frustrations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProblemWho = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProblemGoal = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProblemObstacle = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SolvesToday = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SolutionFrustration = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PhotoFileKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PhotoContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    PhotoAlt = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotPersonas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotPersonas_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotValueCanvases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PilotId = table.Column<int>(type: "integer", nullable: false),
                    CanvasKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Segment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotValueCanvases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotValueCanvases_Pilots_PilotId",
                        column: x => x.PilotId,
                        principalTable: "Pilots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotJourneyPhases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    JourneyId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Goal = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Thoughts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Channels = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Actions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Experience = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Emotion = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotJourneyPhases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotJourneyPhases_PilotJourneys_JourneyId",
                        column: x => x.JourneyId,
                        principalTable: "PilotJourneys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotPersonaScales",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PersonaId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    LeftLabel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RightLabel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotPersonaScales", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotPersonaScales_PilotPersonas_PersonaId",
                        column: x => x.PersonaId,
                        principalTable: "PilotPersonas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PilotValueItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    CanvasId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    RStrategy = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    HigherStep = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Answers = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotValueItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotValueItems_PilotValueCanvases_CanvasId",
                        column: x => x.CanvasId,
                        principalTable: "PilotValueCanvases",
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
                name: "IX_PilotCanvasVersions_OrganisationId_PilotId_Kind_CanvasKey_N~",
                table: "PilotCanvasVersions",
                columns: new[] { "OrganisationId", "PilotId", "Kind", "CanvasKey", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotCanvasVersions_PilotId",
                table: "PilotCanvasVersions",
                column: "PilotId");

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
                name: "IX_PilotJourneyPhases_JourneyId_Key",
                table: "PilotJourneyPhases",
                columns: new[] { "JourneyId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotJourneyPhases_OrganisationId",
                table: "PilotJourneyPhases",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotJourneys_OrganisationId_PilotId",
                table: "PilotJourneys",
                columns: new[] { "OrganisationId", "PilotId" });

            migrationBuilder.CreateIndex(
                name: "IX_PilotJourneys_PilotId",
                table: "PilotJourneys",
                column: "PilotId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotLegacyCanvases_OrganisationId",
                table: "PilotLegacyCanvases",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotLegacyCanvases_PilotId",
                table: "PilotLegacyCanvases",
                column: "PilotId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotPersonas_OrganisationId_PilotId",
                table: "PilotPersonas",
                columns: new[] { "OrganisationId", "PilotId" });

            migrationBuilder.CreateIndex(
                name: "IX_PilotPersonas_PilotId",
                table: "PilotPersonas",
                column: "PilotId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotPersonaScales_OrganisationId",
                table: "PilotPersonaScales",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PilotPersonaScales_PersonaId_Key",
                table: "PilotPersonaScales",
                columns: new[] { "PersonaId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotValueCanvases_OrganisationId_PilotId",
                table: "PilotValueCanvases",
                columns: new[] { "OrganisationId", "PilotId" });

            migrationBuilder.CreateIndex(
                name: "IX_PilotValueCanvases_PilotId",
                table: "PilotValueCanvases",
                column: "PilotId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotValueItems_CanvasId_Key",
                table: "PilotValueItems",
                columns: new[] { "CanvasId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotValueItems_OrganisationId",
                table: "PilotValueItems",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PilotBusinessModels");

            migrationBuilder.DropTable(
                name: "PilotCanvasVersions");

            migrationBuilder.DropTable(
                name: "PilotCommunications");

            migrationBuilder.DropTable(
                name: "PilotImprovements");

            migrationBuilder.DropTable(
                name: "PilotJourneyPhases");

            migrationBuilder.DropTable(
                name: "PilotLegacyCanvases");

            migrationBuilder.DropTable(
                name: "PilotPersonaScales");

            migrationBuilder.DropTable(
                name: "PilotValueItems");

            migrationBuilder.DropTable(
                name: "PilotJourneys");

            migrationBuilder.DropTable(
                name: "PilotPersonas");

            migrationBuilder.DropTable(
                name: "PilotValueCanvases");
        }
    }
}
