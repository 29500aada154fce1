using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Circulair.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    IsPlatformAdministrator = table.Column<bool>(type: "boolean", nullable: false),
                    LastOrganisationId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EntityType = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    Field = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    OldValue = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    NewValue = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    IsPersonal = table.Column<bool>(type: "boolean", nullable: false),
                    IsErased = table.Column<bool>(type: "boolean", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Slug = table.Column<string>(type: "character varying(68)", maxLength: 68, nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    NisCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    Province = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Population = table.Column<int>(type: "integer", nullable: true),
                    PopulationYear = table.Column<int>(type: "integer", nullable: true),
                    ResidualWasteCluster = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    ResidualWasteTarget2030 = table.Column<double>(type: "double precision", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DataVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Organisations_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScanObservations",
                columns: table => new
                {
                    ScanDatasetId = table.Column<int>(type: "integer", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanObservations", x => new { x.ScanDatasetId, x.AreaCode, x.Year, x.CategoryCode });
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    RoleId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CustomStakeholderGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomStakeholderGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomStakeholderGroups_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InvitedByUserId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedByUserId = table.Column<int>(type: "integer", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invitations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Memberships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Memberships_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Memberships_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanCategoryMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Scheme = table.Column<int>(type: "integer", nullable: false),
                    SourceCode = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TargetCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanCategoryMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanCategoryMappings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanDatasets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Scheme = table.Column<int>(type: "integer", nullable: false),
                    SourceName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    SourceUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Licence = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    RetrievedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IsIllustrative = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ObservationCount = table.Column<long>(type: "bigint", nullable: false),
                    FirstYear = table.Column<int>(type: "integer", nullable: true),
                    LastYear = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanDatasets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanDatasets_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanDomainAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    DomainCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SurveyFindings = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    InnerCircleStrategies = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InnerCirclePotential = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    SocialEconomyPotential = table.Column<int>(type: "integer", nullable: true),
                    Trends = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Synergies = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    AdoptedOpportunities = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IsPromising = table.Column<bool>(type: "boolean", nullable: false),
                    PromisingReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MarkedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanDomainAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanDomainAssessments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanDomainMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Scheme = table.Column<int>(type: "integer", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DomainCodes = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanDomainMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanDomainMappings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanPopulations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Population = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanPopulations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanPopulations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    OwnAreaCodes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    BenchmarkAreaCodes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    JobsWeight = table.Column<double>(type: "double precision", nullable: false),
                    SpecialisationWeight = table.Column<double>(type: "double precision", nullable: false),
                    AddedValueWeight = table.Column<double>(type: "double precision", nullable: false),
                    WasteWeight = table.Column<double>(type: "double precision", nullable: false),
                    Co2Weight = table.Column<double>(type: "double precision", nullable: false),
                    EmploymentDatasetId = table.Column<int>(type: "integer", nullable: true),
                    AddedValueDatasetId = table.Column<int>(type: "integer", nullable: true),
                    WasteDatasetId = table.Column<int>(type: "integer", nullable: true),
                    Co2DatasetId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanProfiles_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanSourceMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Scheme = table.Column<int>(type: "integer", nullable: false),
                    MappingJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    EncodingName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Delimiter = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    DecimalSeparator = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    ThousandsSeparator = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanSourceMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanSourceMappings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Trajectories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    PeriodStartYear = table.Column<int>(type: "integer", nullable: true),
                    PeriodEndYear = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedEndDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trajectories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Trajectories_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Stakeholders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: true),
                    Department = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Group = table.Column<int>(type: "integer", nullable: false),
                    CustomGroupId = table.Column<int>(type: "integer", nullable: true),
                    Side = table.Column<int>(type: "integer", nullable: true),
                    Engagement = table.Column<int>(type: "integer", nullable: true),
                    Forum = table.Column<int>(type: "integer", nullable: true),
                    ForumDetail = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    ContactPerson = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Tags = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Power = table.Column<int>(type: "integer", nullable: true),
                    Interest = table.Column<int>(type: "integer", nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stakeholders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stakeholders_CustomStakeholderGroups_CustomGroupId",
                        column: x => x.CustomGroupId,
                        principalTable: "CustomStakeholderGroups",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Stakeholders_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanDatasetCategories",
                columns: table => new
                {
                    ScanDatasetId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanDatasetCategories", x => new { x.ScanDatasetId, x.Code });
                    table.ForeignKey(
                        name: "FK_ScanDatasetCategories_ScanDatasets_ScanDatasetId",
                        column: x => x.ScanDatasetId,
                        principalTable: "ScanDatasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanDatasetYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    ScanDatasetId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ObservationCount = table.Column<long>(type: "bigint", nullable: false),
                    AreaCodes = table.Column<string>(type: "text", nullable: false),
                    ScanImportId = table.Column<int>(type: "integer", nullable: true),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanDatasetYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanDatasetYears_ScanDatasets_ScanDatasetId",
                        column: x => x.ScanDatasetId,
                        principalTable: "ScanDatasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScanImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    ScanDatasetId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    FileSize = table.Column<long>(type: "bigint", nullable: false),
                    StoredName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileKind = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    EncodingName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Delimiter = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    DecimalSeparator = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    ThousandsSeparator = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    HeaderRow = table.Column<int>(type: "integer", nullable: false),
                    SheetName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    MappingJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    MappingRemembered = table.Column<bool>(type: "boolean", nullable: false),
                    ProcessedBytes = table.Column<long>(type: "bigint", nullable: false),
                    ProcessedRows = table.Column<long>(type: "bigint", nullable: false),
                    ObservationCount = table.Column<long>(type: "bigint", nullable: false),
                    ProblemCount = table.Column<int>(type: "integer", nullable: false),
                    SkippedCount = table.Column<long>(type: "bigint", nullable: false),
                    YearsText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AreaCount = table.Column<int>(type: "integer", nullable: false),
                    CategoryCount = table.Column<int>(type: "integer", nullable: false),
                    ChangeJson = table.Column<string>(type: "text", nullable: true),
                    FailureKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FailureArguments = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScanImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScanImports_ScanDatasets_ScanDatasetId",
                        column: x => x.ScanDatasetId,
                        principalTable: "ScanDatasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SheetImportDrafts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: true),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SheetImportDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SheetImportDrafts_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SheetImportDrafts_Trajectories_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategyDomains",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    DomainCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Support = table.Column<int>(type: "integer", nullable: true),
                    Decision = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyDomains", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyDomains_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StrategyDomains_Trajectories_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrajectorySessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Phase = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Purpose = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Participants = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Minutes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Decisions = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrajectorySessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrajectorySessions_Trajectories_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisionCanvases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    Why = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Results = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AlreadyHappening = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Statement = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Focus = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisionCanvases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisionCanvases_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VisionCanvases_Trajectories_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Initiatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Domain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubdomainCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OwnSubdomain = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    OwnSubdomainKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    TargetGroups = table.Column<int>(type: "integer", nullable: false),
                    OtherTargetGroup = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    LeadStakeholderId = table.Column<int>(type: "integer", nullable: true),
                    LeadName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    WebLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Initiatives_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Initiatives_Stakeholders_LeadStakeholderId",
                        column: x => x.LeadStakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "StakeholderAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    StakeholderId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Power = table.Column<int>(type: "integer", nullable: false),
                    Interest = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StakeholderAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StakeholderAssessments_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategyGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    StrategyDomainId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Statement = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Indicator = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    TargetValue = table.Column<double>(type: "double precision", nullable: true),
                    Unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    BaselineValue = table.Column<double>(type: "double precision", nullable: true),
                    BaselineYear = table.Column<int>(type: "integer", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RealismNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyGoals_StrategyDomains_StrategyDomainId",
                        column: x => x.StrategyDomainId,
                        principalTable: "StrategyDomains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Workshops",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    TrajectorySessionId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workshops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Workshops_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Workshops_Trajectories_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Workshops_TrajectorySessions_TrajectorySessionId",
                        column: x => x.TrajectorySessionId,
                        principalTable: "TrajectorySessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VisionNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    CanvasId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    Block = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Colour = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisionNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisionNotes_VisionCanvases_CanvasId",
                        column: x => x.CanvasId,
                        principalTable: "VisionCanvases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisionPolicyReferences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    CanvasId = table.Column<int>(type: "integer", nullable: false),
                    Policy = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisionPolicyReferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisionPolicyReferences_VisionCanvases_CanvasId",
                        column: x => x.CanvasId,
                        principalTable: "VisionCanvases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisionVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    CanvasId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SavedByUserId = table.Column<int>(type: "integer", nullable: true),
                    SavedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RestoredFromNumber = table.Column<int>(type: "integer", nullable: true),
                    SnapshotJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisionVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisionVersions_VisionCanvases_CanvasId",
                        column: x => x.CanvasId,
                        principalTable: "VisionCanvases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InitiativePartners",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "integer", nullable: false),
                    StakeholderId = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativePartners", x => new { x.InitiativeId, x.StakeholderId });
                    table.ForeignKey(
                        name: "FK_InitiativePartners_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InitiativePartners_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    StrategyGoalId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionLines_StrategyGoals_StrategyGoalId",
                        column: x => x.StrategyGoalId,
                        principalTable: "StrategyGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    WorkshopId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    ResultsVisible = table.Column<bool>(type: "boolean", nullable: false),
                    TimerEndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DotsPerParticipant = table.Column<int>(type: "integer", nullable: false),
                    MaxDotsPerItem = table.Column<int>(type: "integer", nullable: false),
                    ItemSource = table.Column<int>(type: "integer", nullable: false),
                    PollType = table.Column<int>(type: "integer", nullable: false),
                    AmoreRoundId = table.Column<int>(type: "integer", nullable: true),
                    IdeasPerRound = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    SheetCount = table.Column<int>(type: "integer", nullable: false),
                    Phase = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    FedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FeedOutcome = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopActivities_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    WorkshopId = table.Column<int>(type: "integer", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    JoinedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopParticipants_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AmoreRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    VisionVersionId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AmoreRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AmoreRounds_VisionVersions_VisionVersionId",
                        column: x => x.VisionVersionId,
                        principalTable: "VisionVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlannedActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    ActionLineId = table.Column<int>(type: "integer", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NumberKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Size = table.Column<int>(type: "integer", nullable: true),
                    Priority = table.Column<int>(type: "integer", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerUserId = table.Column<int>(type: "integer", nullable: true),
                    OwnerStakeholderId = table.Column<int>(type: "integer", nullable: true),
                    Neighbours = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Indicator = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DesiredResults = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PreconditionsTechnical = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PreconditionsLegal = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PreconditionsSpatial = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PreconditionsOrganisational = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FirstSteps = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RatingCount = table.Column<int>(type: "integer", nullable: false),
                    ImpactMean = table.Column<double>(type: "double precision", nullable: true),
                    EffortMean = table.Column<double>(type: "double precision", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedActions_ActionLines_ActionLineId",
                        column: x => x.ActionLineId,
                        principalTable: "ActionLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlannedActions_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlannedActions_Stakeholders_OwnerStakeholderId",
                        column: x => x.OwnerStakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlannedActions_Trajectories_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    WorkshopActivityId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    HostName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    HostParticipantId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopItems_WorkshopActivities_WorkshopActivityId",
                        column: x => x.WorkshopActivityId,
                        principalTable: "WorkshopActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopIdeas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    WorkshopId = table.Column<int>(type: "integer", nullable: false),
                    WorkshopActivityId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Sheet = table.Column<int>(type: "integer", nullable: true),
                    ItemKey = table.Column<int>(type: "integer", nullable: false),
                    BuildsOnIdeaId = table.Column<int>(type: "integer", nullable: true),
                    SubmissionKey = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopIdeas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopIdeas_WorkshopActivities_WorkshopActivityId",
                        column: x => x.WorkshopActivityId,
                        principalTable: "WorkshopActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorkshopIdeas_WorkshopParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "WorkshopParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "WorkshopResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    WorkshopId = table.Column<int>(type: "integer", nullable: false),
                    WorkshopActivityId = table.Column<int>(type: "integer", nullable: false),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    ItemKey = table.Column<int>(type: "integer", nullable: false),
                    Slot = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkshopResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkshopResponses_WorkshopActivities_WorkshopActivityId",
                        column: x => x.WorkshopActivityId,
                        principalTable: "WorkshopActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorkshopResponses_WorkshopParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "WorkshopParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AmoreInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    AmoreRoundId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    StakeholderId = table.Column<int>(type: "integer", nullable: true),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AmoreInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AmoreInvitations_AmoreRounds_AmoreRoundId",
                        column: x => x.AmoreRoundId,
                        principalTable: "AmoreRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AmoreRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    AmoreRoundId = table.Column<int>(type: "integer", nullable: false),
                    RaterKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    RaterName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Ambitieus = table.Column<int>(type: "integer", nullable: false),
                    Motiverend = table.Column<int>(type: "integer", nullable: false),
                    Onderscheidend = table.Column<int>(type: "integer", nullable: false),
                    Relevant = table.Column<int>(type: "integer", nullable: false),
                    Echt = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReplacedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AmoreRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AmoreRatings_AmoreRounds_AmoreRoundId",
                        column: x => x.AmoreRoundId,
                        principalTable: "AmoreRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionBudgetYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PlannedActionId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Fte = table.Column<double>(type: "double precision", nullable: true),
                    Euros = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionBudgetYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionBudgetYears_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionMilestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PlannedActionId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionMilestones_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPartners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PlannedActionId = table.Column<int>(type: "integer", nullable: false),
                    StakeholderId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPartners_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionPartners_Stakeholders_StakeholderId",
                        column: x => x.StakeholderId,
                        principalTable: "Stakeholders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PlannedActionId = table.Column<int>(type: "integer", nullable: false),
                    RaterKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    RaterName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Impact = table.Column<int>(type: "integer", nullable: false),
                    Effort = table.Column<int>(type: "integer", nullable: false),
                    RatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReplacedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionRatings_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionRisks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PlannedActionId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Likelihood = table.Column<int>(type: "integer", nullable: true),
                    Impact = table.Column<int>(type: "integer", nullable: true),
                    Mitigation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionRisks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionRisks_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    PlannedActionId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Step = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    Resources = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionSteps_PlannedActions_PlannedActionId",
                        column: x => x.PlannedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StrategyIdeas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<int>(type: "integer", nullable: false),
                    TrajectoryId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Technique = table.Column<int>(type: "integer", nullable: false),
                    TechniqueName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    StrategyDomainId = table.Column<int>(type: "integer", nullable: true),
                    StrategyGoalId = table.Column<int>(type: "integer", nullable: true),
                    BuildsOnIdeaId = table.Column<int>(type: "integer", nullable: true),
                    ContributedBy = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Votes = table.Column<int>(type: "integer", nullable: false),
                    WorkshopId = table.Column<int>(type: "integer", nullable: true),
                    WorkshopIdeaId = table.Column<int>(type: "integer", nullable: true),
                    PromotedActionId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StrategyIdeas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StrategyIdeas_PlannedActions_PromotedActionId",
                        column: x => x.PromotedActionId,
                        principalTable: "PlannedActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_StrategyIdeas_StrategyDomains_StrategyDomainId",
                        column: x => x.StrategyDomainId,
                        principalTable: "StrategyDomains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_StrategyIdeas_StrategyGoals_StrategyGoalId",
                        column: x => x.StrategyGoalId,
                        principalTable: "StrategyGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_StrategyIdeas_StrategyIdeas_BuildsOnIdeaId",
                        column: x => x.BuildsOnIdeaId,
                        principalTable: "StrategyIdeas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_StrategyIdeas_Trajectories_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StrategyIdeas_WorkshopIdeas_WorkshopIdeaId",
                        column: x => x.WorkshopIdeaId,
                        principalTable: "WorkshopIdeas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_StrategyIdeas_Workshops_WorkshopId",
                        column: x => x.WorkshopId,
                        principalTable: "Workshops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionBudgetYears_OrganisationId",
                table: "ActionBudgetYears",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionBudgetYears_PlannedActionId_Year",
                table: "ActionBudgetYears",
                columns: new[] { "PlannedActionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionLines_OrganisationId_TrajectoryId",
                table: "ActionLines",
                columns: new[] { "OrganisationId", "TrajectoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionLines_StrategyGoalId",
                table: "ActionLines",
                column: "StrategyGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionMilestones_OrganisationId",
                table: "ActionMilestones",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionMilestones_PlannedActionId",
                table: "ActionMilestones",
                column: "PlannedActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPartners_OrganisationId",
                table: "ActionPartners",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPartners_PlannedActionId_StakeholderId",
                table: "ActionPartners",
                columns: new[] { "PlannedActionId", "StakeholderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionPartners_StakeholderId",
                table: "ActionPartners",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionRatings_OrganisationId",
                table: "ActionRatings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionRatings_PlannedActionId_RaterKey",
                table: "ActionRatings",
                columns: new[] { "PlannedActionId", "RaterKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionRisks_OrganisationId",
                table: "ActionRisks",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionRisks_PlannedActionId",
                table: "ActionRisks",
                column: "PlannedActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionSteps_OrganisationId",
                table: "ActionSteps",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionSteps_PlannedActionId",
                table: "ActionSteps",
                column: "PlannedActionId");

            migrationBuilder.CreateIndex(
                name: "IX_AmoreInvitations_AmoreRoundId",
                table: "AmoreInvitations",
                column: "AmoreRoundId");

            migrationBuilder.CreateIndex(
                name: "IX_AmoreInvitations_OrganisationId_AmoreRoundId",
                table: "AmoreInvitations",
                columns: new[] { "OrganisationId", "AmoreRoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_AmoreInvitations_TokenHash",
                table: "AmoreInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AmoreRatings_AmoreRoundId_RaterKey",
                table: "AmoreRatings",
                columns: new[] { "AmoreRoundId", "RaterKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AmoreRatings_OrganisationId",
                table: "AmoreRatings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AmoreRounds_OrganisationId_TrajectoryId",
                table: "AmoreRounds",
                columns: new[] { "OrganisationId", "TrajectoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_AmoreRounds_VisionVersionId",
                table: "AmoreRounds",
                column: "VisionVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OrganisationId_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "OrganisationId", "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId",
                table: "AuditEntries",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomStakeholderGroups_OrganisationId_NameKey",
                table: "CustomStakeholderGroups",
                columns: new[] { "OrganisationId", "NameKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InitiativePartners_OrganisationId_StakeholderId",
                table: "InitiativePartners",
                columns: new[] { "OrganisationId", "StakeholderId" });

            migrationBuilder.CreateIndex(
                name: "IX_InitiativePartners_StakeholderId",
                table: "InitiativePartners",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_LeadStakeholderId",
                table: "Initiatives",
                column: "LeadStakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_OrganisationId_Domain",
                table: "Initiatives",
                columns: new[] { "OrganisationId", "Domain" });

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_OrganisationId_NameKey",
                table: "Initiatives",
                columns: new[] { "OrganisationId", "NameKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_OrganisationId_Email",
                table: "Invitations",
                columns: new[] { "OrganisationId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_TokenHash",
                table: "Invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_OrganisationId_UserId",
                table: "Memberships",
                columns: new[] { "OrganisationId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_UserId",
                table: "Memberships",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_ParentId",
                table: "Organisations",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Slug",
                table: "Organisations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlannedActions_ActionLineId",
                table: "PlannedActions",
                column: "ActionLineId");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedActions_OrganisationId_TrajectoryId",
                table: "PlannedActions",
                columns: new[] { "OrganisationId", "TrajectoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedActions_OwnerStakeholderId",
                table: "PlannedActions",
                column: "OwnerStakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedActions_OwnerUserId",
                table: "PlannedActions",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedActions_TrajectoryId_NumberKey",
                table: "PlannedActions",
                columns: new[] { "TrajectoryId", "NumberKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScanCategoryMappings_OrganisationId_Scheme_SourceCode",
                table: "ScanCategoryMappings",
                columns: new[] { "OrganisationId", "Scheme", "SourceCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScanDatasetCategories_OrganisationId",
                table: "ScanDatasetCategories",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ScanDatasets_OrganisationId",
                table: "ScanDatasets",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ScanDatasetYears_OrganisationId",
                table: "ScanDatasetYears",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ScanDatasetYears_ScanDatasetId_Year",
                table: "ScanDatasetYears",
                columns: new[] { "ScanDatasetId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScanDomainAssessments_OrganisationId_DomainCode",
                table: "ScanDomainAssessments",
                columns: new[] { "OrganisationId", "DomainCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScanDomainMappings_OrganisationId_Scheme_CategoryCode",
                table: "ScanDomainMappings",
                columns: new[] { "OrganisationId", "Scheme", "CategoryCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScanImports_OrganisationId_ScanDatasetId",
                table: "ScanImports",
                columns: new[] { "OrganisationId", "ScanDatasetId" });

            migrationBuilder.CreateIndex(
                name: "IX_ScanImports_ScanDatasetId",
                table: "ScanImports",
                column: "ScanDatasetId");

            migrationBuilder.CreateIndex(
                name: "IX_ScanImports_Status",
                table: "ScanImports",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ScanPopulations_OrganisationId_Year",
                table: "ScanPopulations",
                columns: new[] { "OrganisationId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScanProfiles_OrganisationId",
                table: "ScanProfiles",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScanSourceMappings_OrganisationId_SourceKey_Scheme",
                table: "ScanSourceMappings",
                columns: new[] { "OrganisationId", "SourceKey", "Scheme" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SheetImportDrafts_ExpiresAt",
                table: "SheetImportDrafts",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_SheetImportDrafts_OrganisationId_UserId_Kind",
                table: "SheetImportDrafts",
                columns: new[] { "OrganisationId", "UserId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_SheetImportDrafts_TrajectoryId",
                table: "SheetImportDrafts",
                column: "TrajectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_StakeholderAssessments_OrganisationId_StakeholderId_Date",
                table: "StakeholderAssessments",
                columns: new[] { "OrganisationId", "StakeholderId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_StakeholderAssessments_StakeholderId",
                table: "StakeholderAssessments",
                column: "StakeholderId");

            migrationBuilder.CreateIndex(
                name: "IX_Stakeholders_CustomGroupId",
                table: "Stakeholders",
                column: "CustomGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Stakeholders_OrganisationId_NameKey",
                table: "Stakeholders",
                columns: new[] { "OrganisationId", "NameKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StrategyDomains_OrganisationId",
                table: "StrategyDomains",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyDomains_TrajectoryId_DomainCode",
                table: "StrategyDomains",
                columns: new[] { "TrajectoryId", "DomainCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StrategyGoals_OrganisationId_TrajectoryId",
                table: "StrategyGoals",
                columns: new[] { "OrganisationId", "TrajectoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_StrategyGoals_StrategyDomainId",
                table: "StrategyGoals",
                column: "StrategyDomainId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyIdeas_BuildsOnIdeaId",
                table: "StrategyIdeas",
                column: "BuildsOnIdeaId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyIdeas_OrganisationId_TrajectoryId",
                table: "StrategyIdeas",
                columns: new[] { "OrganisationId", "TrajectoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_StrategyIdeas_PromotedActionId",
                table: "StrategyIdeas",
                column: "PromotedActionId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyIdeas_StrategyDomainId",
                table: "StrategyIdeas",
                column: "StrategyDomainId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyIdeas_StrategyGoalId",
                table: "StrategyIdeas",
                column: "StrategyGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyIdeas_TrajectoryId_WorkshopIdeaId",
                table: "StrategyIdeas",
                columns: new[] { "TrajectoryId", "WorkshopIdeaId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StrategyIdeas_WorkshopId",
                table: "StrategyIdeas",
                column: "WorkshopId");

            migrationBuilder.CreateIndex(
                name: "IX_StrategyIdeas_WorkshopIdeaId",
                table: "StrategyIdeas",
                column: "WorkshopIdeaId");

            migrationBuilder.CreateIndex(
                name: "IX_Trajectories_OrganisationId",
                table: "Trajectories",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_TrajectorySessions_OrganisationId_TrajectoryId",
                table: "TrajectorySessions",
                columns: new[] { "OrganisationId", "TrajectoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrajectorySessions_TrajectoryId",
                table: "TrajectorySessions",
                column: "TrajectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_VisionCanvases_OrganisationId",
                table: "VisionCanvases",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_VisionCanvases_TrajectoryId",
                table: "VisionCanvases",
                column: "TrajectoryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisionNotes_CanvasId_Key",
                table: "VisionNotes",
                columns: new[] { "CanvasId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisionNotes_OrganisationId",
                table: "VisionNotes",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_VisionPolicyReferences_CanvasId_Policy",
                table: "VisionPolicyReferences",
                columns: new[] { "CanvasId", "Policy" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisionPolicyReferences_OrganisationId",
                table: "VisionPolicyReferences",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_VisionVersions_CanvasId_Number",
                table: "VisionVersions",
                columns: new[] { "CanvasId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisionVersions_OrganisationId_TrajectoryId",
                table: "VisionVersions",
                columns: new[] { "OrganisationId", "TrajectoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopActivities_OrganisationId",
                table: "WorkshopActivities",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopActivities_WorkshopId",
                table: "WorkshopActivities",
                column: "WorkshopId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopIdeas_OrganisationId",
                table: "WorkshopIdeas",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopIdeas_ParticipantId_SubmissionKey",
                table: "WorkshopIdeas",
                columns: new[] { "ParticipantId", "SubmissionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopIdeas_WorkshopActivityId_Kind",
                table: "WorkshopIdeas",
                columns: new[] { "WorkshopActivityId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopItems_OrganisationId",
                table: "WorkshopItems",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopItems_WorkshopActivityId",
                table: "WorkshopItems",
                column: "WorkshopActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopParticipants_WorkshopId_TokenHash",
                table: "WorkshopParticipants",
                columns: new[] { "WorkshopId", "TokenHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopResponses_ParticipantId",
                table: "WorkshopResponses",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkshopResponses_WorkshopActivityId_ParticipantId_ItemKey_~",
                table: "WorkshopResponses",
                columns: new[] { "WorkshopActivityId", "ParticipantId", "ItemKey", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workshops_Code",
                table: "Workshops",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workshops_OrganisationId_TrajectorySessionId",
                table: "Workshops",
                columns: new[] { "OrganisationId", "TrajectorySessionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Workshops_TrajectoryId",
                table: "Workshops",
                column: "TrajectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Workshops_TrajectorySessionId",
                table: "Workshops",
                column: "TrajectorySessionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionBudgetYears");

            migrationBuilder.DropTable(
                name: "ActionMilestones");

            migrationBuilder.DropTable(
                name: "ActionPartners");

            migrationBuilder.DropTable(
                name: "ActionRatings");

            migrationBuilder.DropTable(
                name: "ActionRisks");

            migrationBuilder.DropTable(
                name: "ActionSteps");

            migrationBuilder.DropTable(
                name: "AmoreInvitations");

            migrationBuilder.DropTable(
                name: "AmoreRatings");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "InitiativePartners");

            migrationBuilder.DropTable(
                name: "Invitations");

            migrationBuilder.DropTable(
                name: "Memberships");

            migrationBuilder.DropTable(
                name: "ScanCategoryMappings");

            migrationBuilder.DropTable(
                name: "ScanDatasetCategories");

            migrationBuilder.DropTable(
                name: "ScanDatasetYears");

            migrationBuilder.DropTable(
                name: "ScanDomainAssessments");

            migrationBuilder.DropTable(
                name: "ScanDomainMappings");

            migrationBuilder.DropTable(
                name: "ScanImports");

            migrationBuilder.DropTable(
                name: "ScanObservations");

            migrationBuilder.DropTable(
                name: "ScanPopulations");

            migrationBuilder.DropTable(
                name: "ScanProfiles");

            migrationBuilder.DropTable(
                name: "ScanSourceMappings");

            migrationBuilder.DropTable(
                name: "SheetImportDrafts");

            migrationBuilder.DropTable(
                name: "StakeholderAssessments");

            migrationBuilder.DropTable(
                name: "StrategyIdeas");

            migrationBuilder.DropTable(
                name: "VisionNotes");

            migrationBuilder.DropTable(
                name: "VisionPolicyReferences");

            migrationBuilder.DropTable(
                name: "WorkshopItems");

            migrationBuilder.DropTable(
                name: "WorkshopResponses");

            migrationBuilder.DropTable(
                name: "AmoreRounds");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Initiatives");

            migrationBuilder.DropTable(
                name: "ScanDatasets");

            migrationBuilder.DropTable(
                name: "PlannedActions");

            migrationBuilder.DropTable(
                name: "WorkshopIdeas");

            migrationBuilder.DropTable(
                name: "VisionVersions");

            migrationBuilder.DropTable(
                name: "ActionLines");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Stakeholders");

            migrationBuilder.DropTable(
                name: "WorkshopActivities");

            migrationBuilder.DropTable(
                name: "WorkshopParticipants");

            migrationBuilder.DropTable(
                name: "VisionCanvases");

            migrationBuilder.DropTable(
                name: "StrategyGoals");

            migrationBuilder.DropTable(
                name: "CustomStakeholderGroups");

            migrationBuilder.DropTable(
                name: "Workshops");

            migrationBuilder.DropTable(
                name: "StrategyDomains");

            migrationBuilder.DropTable(
                name: "TrajectorySessions");

            migrationBuilder.DropTable(
                name: "Trajectories");

            migrationBuilder.DropTable(
                name: "Organisations");
        }
    }
}
