-- Circulair upgrade fixture (sqlite): the schema and demo organisation of release a69e5cd-dirty.
-- Written by scripts/refresh-upgrade-fixture; loaded by tests/Circulair.Web.Tests/Platform/Upgrade. Do not edit.
-- demo-login: demo@demostad.example / Demo-36dd6d35962c
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO __EFMigrationsHistory VALUES('20261128063725_Initial','10.0.15');
CREATE TABLE IF NOT EXISTS "AspNetRoles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
CREATE TABLE IF NOT EXISTS "AspNetUsers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY AUTOINCREMENT,
    "DisplayName" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "IsPlatformAdministrator" INTEGER NOT NULL,
    "LastOrganisationId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);
INSERT INTO AspNetUsers VALUES(1,'Demo Coördinator','nl-BE',1,1,'2026-12-06 00:59:33.1674824','demo@demostad.example','DEMO@DEMOSTAD.EXAMPLE','demo@demostad.example','DEMO@DEMOSTAD.EXAMPLE',1,'AQAAAAIAAYagAAAAEP79e/Urn1jlHzIBp4PuR4Hw1yk54+IY+0KmdU/8rSfJtrkzfF83UuwC9m2NZN0Lgg==','JGFMSTN2KIQYUAVI3ZEQEMWS2CRQ3CRI','553c3a56-76aa-4a5b-84e8-11bd8f906e11',NULL,0,0,NULL,1,0);
CREATE TABLE IF NOT EXISTS "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "UserId" INTEGER NULL,
    "UserName" TEXT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Action" INTEGER NOT NULL,
    "Field" TEXT NOT NULL,
    "OldValue" TEXT NULL,
    "NewValue" TEXT NULL,
    "IsPersonal" INTEGER NOT NULL,
    "IsErased" INTEGER NOT NULL,
    "ChangeId" TEXT NOT NULL
);
INSERT INTO AuditEntries VALUES(1,1,'2026-12-06 00:59:33.676787',NULL,'Circulair (demo)','Organisation','1',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'13B33B47-B5CB-4232-8216-4D0D1521F016');
INSERT INTO AuditEntries VALUES(2,1,'2026-12-06 00:59:33.676787',NULL,'Circulair (demo)','Organisation','1',1,'IsDemo',NULL,'true',0,0,'13B33B47-B5CB-4232-8216-4D0D1521F016');
INSERT INTO AuditEntries VALUES(3,1,'2026-12-06 00:59:33.676787',NULL,'Circulair (demo)','Organisation','1',1,'Name',NULL,'Demostad (voorbeeld)',0,0,'13B33B47-B5CB-4232-8216-4D0D1521F016');
INSERT INTO AuditEntries VALUES(4,1,'2026-12-06 00:59:33.676787',NULL,'Circulair (demo)','Organisation','1',1,'Slug',NULL,'demostad',0,0,'13B33B47-B5CB-4232-8216-4D0D1521F016');
INSERT INTO AuditEntries VALUES(5,1,'2026-12-06 00:59:33.676787',NULL,'Circulair (demo)','Organisation','1',1,'Type',NULL,'Gemeente',0,0,'13B33B47-B5CB-4232-8216-4D0D1521F016');
INSERT INTO AuditEntries VALUES(6,1,'2026-12-06 00:59:34.2595833',1,'Demo Coördinator','Membership','1',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'CB263373-0B74-44C1-B38A-E2623C369CCA');
INSERT INTO AuditEntries VALUES(7,1,'2026-12-06 00:59:34.2595833',1,'Demo Coördinator','Membership','1',1,'Role',NULL,'Beheerder',0,0,'CB263373-0B74-44C1-B38A-E2623C369CCA');
INSERT INTO AuditEntries VALUES(8,1,'2026-12-06 00:59:34.2595833',1,'Demo Coördinator','Membership','1',1,'UserId',NULL,'1',0,0,'CB263373-0B74-44C1-B38A-E2623C369CCA');
INSERT INTO AuditEntries VALUES(9,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','4',1,'Date',NULL,'2027-01-24',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(10,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','4',1,'Kind',NULL,'Stakeholders',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(11,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','4',1,'Phase',NULL,'Fase2',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(12,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','4',1,'Place',NULL,'Raadzaal, gemeentehuis Demostad',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(13,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','4',1,'Position',NULL,'4',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(14,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','4',1,'Purpose',NULL,'Actielijnen en acties bedenken en met een impact/effort-oefening kiezen.',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(15,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','4',1,'Title',NULL,'Van doelen naar acties',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(16,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','4',1,'TrajectoryId',NULL,'1',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(17,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','3',1,'Date',NULL,'2026-12-27',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(18,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','3',1,'Kind',NULL,'Stakeholders',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(19,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','3',1,'Phase',NULL,'Fase2',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(20,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','3',1,'Place',NULL,'Raadzaal, gemeentehuis Demostad',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(21,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','3',1,'Position',NULL,'3',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(22,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','3',1,'Purpose',NULL,'Per actiedomein SMART-doelen afspreken.',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(23,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','3',1,'Title',NULL,'Doelen scherpstellen',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(24,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','3',1,'TrajectoryId',NULL,'1',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(25,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','2',1,'Date',NULL,'2026-11-25',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(26,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','2',1,'Decisions',NULL,replace('Drie kansrijke actiedomeinen gaan door naar fase 2.\nDe visietekst wordt per mail nagelezen.','\n',char(10)),0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(27,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','2',1,'Kind',NULL,'Stakeholders',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(28,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','2',1,'Minutes',NULL,replace('De deelnemers herkenden drie sporen met veel energie: herstellen en hergebruiken, circulair bouwen bij eigen projecten, en minder voedselverlies.\nOver de rol van de gemeente als voorbeeld waren de meningen verdeeld; dat nemen we mee naar de volgende sessie.','\n',char(10)),0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(29,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','2',1,'Participants',NULL,'Kernteam, vertegenwoordigers van de handelaarsvereniging, de kringwinkel, twee scholen, de afvalintercommunale en vijf bewoners',1,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(30,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','2',1,'Phase',NULL,'Fase1',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(31,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','2',1,'Place',NULL,'Ontmoetingscentrum Het Ankerpunt, Demostad',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(32,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','2',1,'Position',NULL,'2',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(33,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','2',1,'Purpose',NULL,'De stakeholderkaart afwerken en samen een eerste visie op een circulair Demostad formuleren.',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(34,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','2',1,'Title',NULL,'Visie en kansen',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(35,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','2',1,'TrajectoryId',NULL,'1',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(36,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','1',1,'Date',NULL,'2026-11-04',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(37,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','1',1,'Decisions',NULL,replace('Vijf werksessies plannen tussen nu en het najaar.\nAn trekt het traject; Charlotte zorgt voor de uitnodigingen.','\n',char(10)),0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(38,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','1',1,'Kind',NULL,'Kernteam',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(39,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','1',1,'Minutes',NULL,replace('Het kernteam overliep de stappen van de methode en legde een planning van vijf maanden vast.\nWe maakten een eerste lijst van interne en externe stakeholders en spraken af wie welke partner contacteert.\nHet college krijgt volgende maand een korte nota over de opstart.','\n',char(10)),0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(40,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','1',1,'Participants',NULL,replace('An Peeters (milieudienst, coördinator)\nBram Jacobs (lokale economie)\nCharlotte Claes (communicatie)\nDries Wouters (aankoop en patrimonium)','\n',char(10)),1,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(41,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','1',1,'Phase',NULL,'Fase1',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(42,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','1',1,'Place',NULL,'Vergaderzaal De Kringloop, administratief centrum Demostad',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(43,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','1',1,'Position',NULL,'1',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(44,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','1',1,'Purpose',NULL,'Samen het traject uittekenen: wie zit in het kernteam, welke sessies plannen we, en wat vragen we aan het college?',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(45,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','1',1,'Title',NULL,'Startvergadering kernteam',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(46,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','1',1,'TrajectoryId',NULL,'1',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(47,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','StrategyTrajectory','1',1,'PeriodEndYear',NULL,'2030',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(48,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','StrategyTrajectory','1',1,'PeriodStartYear',NULL,'2025',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(49,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','StrategyTrajectory','1',1,'PlannedEndDate',NULL,'2027-04-01',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(50,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','StrategyTrajectory','1',1,'StartDate',NULL,'2026-11-01',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(51,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','StrategyTrajectory','1',1,'Status',NULL,'Lopend',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(52,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','StrategyTrajectory','1',1,'Title',NULL,'Circulair 2030',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(53,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','5',1,'Date',NULL,'2027-04-01',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(54,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','5',1,'Kind',NULL,'Nazorg',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(55,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','5',1,'Phase',NULL,'Fase3',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(56,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','5',1,'Place',NULL,'Cultuurcentrum De Spiraal, Demostad',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(57,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','5',1,'Position',NULL,'5',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(58,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','5',1,'Purpose',NULL,'De strategie voorstellen en de eerste acties lanceren.',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(59,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','5',1,'Title',NULL,'Voorstelling aan college en inwoners',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(60,1,'2026-12-06 00:59:34.4234507',1,'Demo Coördinator','TrajectorySession','5',1,'TrajectoryId',NULL,'1',0,0,'E7E8571D-F0FB-4053-B711-30F1A9292E97');
INSERT INTO AuditEntries VALUES(61,1,'2026-12-06 00:59:34.44709',1,'Demo Coördinator','CustomStakeholderGroup','1',1,'Name',NULL,'Scholen',0,0,'373935AE-BF82-494D-8140-B25797107AA0');
INSERT INTO AuditEntries VALUES(62,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','30',1,'Date',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(63,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','30',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(64,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','30',1,'Note',NULL,'Bijgesteld na het eerste kernteamoverleg',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(65,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','30',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(66,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','30',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(67,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','30',1,'StakeholderId',NULL,'22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(68,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','29',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(69,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','29',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(70,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','29',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(71,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','29',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(72,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','29',1,'StakeholderId',NULL,'22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(73,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','22',1,'AssessedOn',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(74,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','22',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(75,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','22',1,'Engagement',NULL,'CoProduceren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(76,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','22',1,'Group',NULL,'Kringwinkel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(77,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','22',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(78,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','22',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(79,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','22',1,'Name',NULL,'Kringwinkel Demoland',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(80,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','22',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(81,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','22',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(82,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','22',1,'Tags',NULL,'hergebruik',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(83,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','28',1,'Date',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(84,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','28',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(85,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','28',1,'Note',NULL,'Bijgesteld na het eerste kernteamoverleg',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(86,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','28',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(87,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','28',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(88,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','28',1,'StakeholderId',NULL,'21',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(89,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','27',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(90,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','27',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(91,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','27',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(92,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','27',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(93,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','27',1,'StakeholderId',NULL,'21',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(94,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','21',1,'AssessedOn',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(95,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','21',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(96,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','21',1,'Engagement',NULL,'CoProduceren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(97,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','21',1,'Group',NULL,'Intercommunale',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(98,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','21',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(99,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','21',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(100,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','21',1,'Name',NULL,'Afvalintercommunale Demoland',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(101,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','21',1,'Notes',NULL,'Levert de cijfers over ingezameld afval voor de opportuniteitenscan.',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(102,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','21',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(103,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','21',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(104,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','21',1,'Tags',NULL,'afval, data',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(105,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','26',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(106,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','26',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(107,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','26',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(108,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','26',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(109,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','26',1,'StakeholderId',NULL,'20',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(110,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','20',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(111,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','20',1,'ContactEmail',NULL,'info@hub-demoland.example',1,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(112,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','20',1,'ContactPerson',NULL,'Noor Hubwerker',1,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(113,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','20',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(114,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','20',1,'Engagement',NULL,'CoProduceren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(115,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','20',1,'Group',NULL,'SociaalCirculaireHubs',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(116,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','20',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(117,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','20',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(118,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','20',1,'Name',NULL,'Circulaire Hub Demoland',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(119,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','20',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(120,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','20',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(121,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','20',1,'Tags',NULL,'sociale economie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(122,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','25',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(123,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','25',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(124,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','25',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(125,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','25',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(126,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','25',1,'StakeholderId',NULL,'19',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(127,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','19',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(128,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','19',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(129,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','19',1,'Engagement',NULL,'Raadplegen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(130,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','19',1,'Group',NULL,'Investeerders',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(131,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','19',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(132,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','19',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(133,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','19',1,'Name',NULL,'Energiecoöperatie Demostroom',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(134,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','19',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(135,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','19',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(136,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','24',1,'Date',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(137,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','24',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(138,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','24',1,'Note',NULL,'Bijgesteld na het eerste kernteamoverleg',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(139,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','24',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(140,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','24',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(141,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','24',1,'StakeholderId',NULL,'18',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(142,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','23',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(143,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','23',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(144,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','23',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(145,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','23',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(146,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','23',1,'StakeholderId',NULL,'18',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(147,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','18',1,'AssessedOn',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(148,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','18',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(149,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','18',1,'Engagement',NULL,'Informeren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(150,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','18',1,'Forum',NULL,'Milieuraad',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(151,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','18',1,'Group',NULL,'KennisinstellingenEnNgos',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(152,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','18',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(153,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','18',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(154,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','18',1,'Name',NULL,'Natuurvereniging De Voorbeeldmeersen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(155,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','18',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(156,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','18',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(157,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','22',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(158,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','22',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(159,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','22',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(160,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','22',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(161,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','22',1,'StakeholderId',NULL,'17',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(162,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','17',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(163,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','17',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(164,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','17',1,'Engagement',NULL,'Raadplegen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(165,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','17',1,'Group',NULL,'KennisinstellingenEnNgos',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(166,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','17',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(167,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','17',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(168,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','17',1,'Name',NULL,'Hogeschool Demoland, onderzoeksgroep Circulair Bouwen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(169,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','17',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(170,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','17',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(171,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','17',1,'Tags',NULL,'bouw, kennis',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(172,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','21',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(173,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','21',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(174,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','21',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(175,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','21',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(176,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','21',1,'StakeholderId',NULL,'16',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(177,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','16',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(178,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','16',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(179,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','16',1,'Engagement',NULL,'CoProduceren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(180,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','16',1,'Group',NULL,'StartUps',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(181,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','16',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(182,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','16',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(183,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','16',1,'Name',NULL,'Fixbaar (herstel-start-up)',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(184,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','16',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(185,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','16',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(186,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','16',1,'Tags',NULL,'herstel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(187,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','20',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(188,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','20',1,'Interest',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(189,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','20',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(190,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','20',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(191,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','20',1,'StakeholderId',NULL,'15',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(192,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','15',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(193,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','15',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(194,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','15',1,'Engagement',NULL,'Informeren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(195,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','15',1,'Group',NULL,'Bedrijven',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(196,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','15',1,'Interest',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(197,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','15',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(198,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','15',1,'Name',NULL,'Bakkerij De Voorbeeldige Korst',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(199,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','15',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(200,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','15',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(201,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','15',1,'Tags',NULL,'voeding',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(202,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','19',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(203,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','19',1,'Interest',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(204,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','19',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(205,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','19',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(206,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','19',1,'StakeholderId',NULL,'14',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(207,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','14',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(208,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','14',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(209,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','14',1,'Engagement',NULL,'Informeren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(210,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','14',1,'Forum',NULL,'Ondernemersraad',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(211,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','14',1,'Group',NULL,'Bedrijven',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(212,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','14',1,'Interest',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(213,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','14',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(214,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','14',1,'Name',NULL,'Handelaarsvereniging Centrum',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(215,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','14',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(216,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','14',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(217,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','18',1,'Date',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(218,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','18',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(219,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','18',1,'Note',NULL,'Bijgesteld na het eerste kernteamoverleg',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(220,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','18',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(221,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','18',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(222,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','18',1,'StakeholderId',NULL,'13',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(223,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','17',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(224,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','17',1,'Interest',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(225,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','17',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(226,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','17',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(227,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','17',1,'StakeholderId',NULL,'13',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(228,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','13',1,'AssessedOn',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(229,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','13',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(230,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','13',1,'Engagement',NULL,'Raadplegen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(231,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','13',1,'Forum',NULL,'Ondernemersraad',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(232,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','13',1,'Group',NULL,'Bedrijven',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(233,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','13',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(234,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','13',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(235,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','13',1,'Name',NULL,'Bouwbedrijf Voorbeeld & Zonen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(236,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','13',1,'Notes',NULL,'Interesse in een materialenbank op de werf.',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(237,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','13',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(238,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','13',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(239,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','13',1,'Tags',NULL,'bouw',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(240,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','16',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(241,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','16',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(242,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','16',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(243,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','16',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(244,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','16',1,'StakeholderId',NULL,'12',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(245,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','12',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(246,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','12',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(247,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','12',1,'Engagement',NULL,'CoProduceren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(248,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','12',1,'Forum',NULL,'Andere',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(249,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','12',1,'ForumDetail',NULL,'Netwerk van herstelvrijwilligers',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(250,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','12',1,'Group',NULL,'Burgers',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(251,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','12',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(252,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','12',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(253,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','12',1,'Name',NULL,'Repair Café Demostad',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(254,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','12',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(255,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','12',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(256,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','12',1,'Tags',NULL,'herstel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(257,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','15',1,'Date',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(258,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','15',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(259,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','15',1,'Note',NULL,'Bijgesteld na het eerste kernteamoverleg',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(260,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','15',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(261,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','15',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(262,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','15',1,'StakeholderId',NULL,'11',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(263,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','14',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(264,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','14',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(265,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','14',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(266,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','14',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(267,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','14',1,'StakeholderId',NULL,'11',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(268,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','11',1,'AssessedOn',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(269,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','11',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(270,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','11',1,'Engagement',NULL,'Raadplegen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(271,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','11',1,'Group',NULL,'Burgers',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(272,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','11',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(273,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','11',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(274,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','11',1,'Name',NULL,'Buurtcomité Kerkwijk',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(275,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','11',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(276,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','11',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(277,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','13',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(278,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','13',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(279,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','13',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(280,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','13',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(281,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','13',1,'StakeholderId',NULL,'10',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(282,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','10',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(283,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','10',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(284,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','10',1,'Engagement',NULL,'CoProduceren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(285,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','10',1,'Forum',NULL,'Klimaattafel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(286,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','10',1,'Group',NULL,'Burgers',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(287,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','10',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(288,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','10',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(289,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','10',1,'Name',NULL,'Klimaattafel Demostad',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(290,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','10',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(291,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','10',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(292,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','10',1,'Tags',NULL,'burgerparticipatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(293,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','12',1,'Date',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(294,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','12',1,'Interest',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(295,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','12',1,'Note',NULL,'Bijgesteld na het eerste kernteamoverleg',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(296,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','12',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(297,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','12',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(298,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','12',1,'StakeholderId',NULL,'9',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(299,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','11',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(300,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','11',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(301,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','11',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(302,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','11',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(303,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','11',1,'StakeholderId',NULL,'9',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(304,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','9',1,'AssessedOn',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(305,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','9',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(306,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','9',1,'Department',NULL,'Omgeving',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(307,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','9',1,'Engagement',NULL,'Informeren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(308,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','9',1,'Group',NULL,'InterneDienst',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(309,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','9',1,'Interest',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(310,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','9',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(311,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','9',1,'Name',NULL,'Dienst Ruimtelijke Ordening',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(312,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','9',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(313,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','9',1,'Side',NULL,'Intern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(314,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','10',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(315,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','10',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(316,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','10',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(317,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','10',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(318,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','10',1,'StakeholderId',NULL,'8',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(319,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','8',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(320,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','8',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(321,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','8',1,'Department',NULL,'Welzijn',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(322,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','8',1,'Engagement',NULL,'Raadplegen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(323,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','8',1,'Group',NULL,'InterneDienst',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(324,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','8',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(325,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','8',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(326,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','8',1,'Name',NULL,'Sociale dienst (OCMW)',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(327,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','8',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(328,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','8',1,'Side',NULL,'Intern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(329,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','8',1,'Tags',NULL,'sociale economie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(330,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','9',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(331,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','9',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(332,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','9',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(333,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','9',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(334,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','9',1,'StakeholderId',NULL,'7',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(335,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','7',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(336,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','7',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(337,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','7',1,'Department',NULL,'Communicatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(338,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','7',1,'Engagement',NULL,'Raadplegen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(339,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','7',1,'Group',NULL,'InterneDienst',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(340,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','7',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(341,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','7',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(342,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','7',1,'Name',NULL,'Communicatiedienst',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(343,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','7',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(344,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','7',1,'Side',NULL,'Intern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(345,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','8',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(346,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','8',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(347,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','8',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(348,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','8',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(349,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','8',1,'StakeholderId',NULL,'6',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(350,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','6',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(351,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','6',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(352,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','6',1,'Department',NULL,'Economie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(353,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','6',1,'Engagement',NULL,'CoProduceren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(354,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','6',1,'Forum',NULL,'Ondernemersraad',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(355,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','6',1,'Group',NULL,'InterneDienst',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(356,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','6',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(357,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','6',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(358,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','6',1,'Name',NULL,'Dienst Lokale Economie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(359,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','6',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(360,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','6',1,'Side',NULL,'Intern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(361,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','6',1,'Tags',NULL,'kernteam',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(362,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','7',1,'Date',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(363,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','7',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(364,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','7',1,'Note',NULL,'Bijgesteld na het eerste kernteamoverleg',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(365,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','7',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(366,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','7',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(367,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','7',1,'StakeholderId',NULL,'5',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(368,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','6',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(369,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','6',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(370,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','6',1,'Power',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(371,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','6',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(372,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','6',1,'StakeholderId',NULL,'5',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(373,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','5',1,'AssessedOn',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(374,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','5',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(375,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','5',1,'Department',NULL,'Facility',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(376,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','5',1,'Engagement',NULL,'CoProduceren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(377,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','5',1,'Group',NULL,'InterneDienst',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(378,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','5',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(379,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','5',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(380,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','5',1,'Name',NULL,'Dienst Aankoop',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(381,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','5',1,'Notes',NULL,'Circulaire criteria in de raamcontracten voor kantoormeubilair.',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(382,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','5',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(383,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','5',1,'Side',NULL,'Intern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(384,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','5',1,'Tags',NULL,'aankoop, kernteam',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(385,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','5',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(386,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','5',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(387,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','5',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(388,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','5',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(389,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','5',1,'StakeholderId',NULL,'4',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(390,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','4',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(391,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','4',1,'ContactEmail',NULL,'milieu@demostad.example',1,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(392,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','4',1,'ContactPerson',NULL,'Sam Demo',1,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(393,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','4',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(394,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','4',1,'Department',NULL,'Omgeving',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(395,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','4',1,'Engagement',NULL,'CoProduceren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(396,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','4',1,'Group',NULL,'InterneDienst',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(397,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','4',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(398,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','4',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(399,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','4',1,'Name',NULL,'Dienst Milieu en Klimaat',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(400,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','4',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(401,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','4',1,'Side',NULL,'Intern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(402,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','4',1,'Tags',NULL,'kernteam',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(403,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','4',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(404,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','4',1,'Interest',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(405,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','4',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(406,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','4',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(407,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','4',1,'StakeholderId',NULL,'3',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(408,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','3',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(409,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','3',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(410,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','3',1,'Department',NULL,'Gemeenteraad',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(411,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','3',1,'Engagement',NULL,'Informeren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(412,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','3',1,'Group',NULL,'Politiek',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(413,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','3',1,'Interest',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(414,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','3',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(415,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','3',1,'Name',NULL,'Gemeenteraadscommissie Leefmilieu',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(416,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','3',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(417,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','3',1,'Side',NULL,'Intern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(418,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','3',1,'Date',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(419,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','3',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(420,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','3',1,'Note',NULL,'Bijgesteld na het eerste kernteamoverleg',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(421,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','3',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(422,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','3',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(423,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','3',1,'StakeholderId',NULL,'2',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(424,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','2',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(425,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','2',1,'Interest',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(426,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','2',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(427,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','2',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(428,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','2',1,'StakeholderId',NULL,'2',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(429,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','2',1,'AssessedOn',NULL,'2026-11-24',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(430,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','2',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(431,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','2',1,'Department',NULL,'College van burgemeester en schepenen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(432,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','2',1,'Engagement',NULL,'Raadplegen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(433,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','2',1,'Group',NULL,'Politiek',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(434,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','2',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(435,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','2',1,'Kind',NULL,'Persoon',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(436,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','2',1,'Name',NULL,'Schepen van Lokale Economie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(437,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','2',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(438,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','2',1,'Side',NULL,'Intern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(439,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','2',1,'Tags',NULL,'mandaat',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(440,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','1',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(441,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','1',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(442,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','1',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(443,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','1',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(444,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','1',1,'StakeholderId',NULL,'1',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(445,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(446,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'ContactEmail',NULL,'schepen.omgeving@demostad.example',1,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(447,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'ContactPerson',NULL,'Schepen Lies Voorbeeld',1,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(448,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(449,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'Department',NULL,'College van burgemeester en schepenen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(450,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'Engagement',NULL,'CoProduceren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(451,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'Group',NULL,'Politiek',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(452,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'Interest',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(453,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'Kind',NULL,'Persoon',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(454,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'Name',NULL,'Schepen van Omgeving en Klimaat',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(455,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'Notes',NULL,'Vraagt een tussentijdse stand van zaken voor de zomer.',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(456,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'Power',NULL,'Hoog',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(457,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'Side',NULL,'Intern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(458,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','1',1,'Tags',NULL,'budget, mandaat',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(459,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','23',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(460,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','23',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(461,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','23',1,'Engagement',NULL,'Raadplegen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(462,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','23',1,'Group',NULL,'Buurgemeenten',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(463,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','23',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(464,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','23',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(465,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','23',1,'Name',NULL,'Gemeente Voorbeeldegem',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(466,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','23',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(467,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','23',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(468,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','23',1,'Tags',NULL,'samenwerking',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(469,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','31',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(470,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','31',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(471,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','31',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(472,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','31',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(473,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','31',1,'StakeholderId',NULL,'23',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(474,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','24',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(475,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','24',1,'Engagement',NULL,'Informeren',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(476,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','24',1,'Group',NULL,'Buurgemeenten',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(477,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','24',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(478,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','24',1,'Name',NULL,'Gemeente Proefdonk',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(479,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','24',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(480,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','25',1,'AssessedOn',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(481,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','25',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(482,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','25',1,'CustomGroupId',NULL,'1',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(483,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','25',1,'Engagement',NULL,'Raadplegen',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(484,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','25',1,'Group',NULL,'Andere',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(485,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','25',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(486,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','25',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(487,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','25',1,'Name',NULL,'Scholengroep Demostad',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(488,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','25',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(489,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','25',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(490,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','25',1,'Tags',NULL,'onderwijs',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(491,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','32',1,'Date',NULL,'2026-09-22',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(492,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','32',1,'Interest',NULL,'Middel',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(493,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','32',1,'Power',NULL,'Laag',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(494,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','32',1,'RecordedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(495,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','StakeholderAssessment','32',1,'StakeholderId',NULL,'25',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(496,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','26',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(497,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','26',1,'Group',NULL,'Burgers',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(498,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','26',1,'Kind',NULL,'Organisatie',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(499,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','26',1,'Name',NULL,'Jeugdraad',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(500,1,'2026-12-06 00:59:34.6819899',1,'Demo Coördinator','Stakeholder','26',1,'Side',NULL,'Extern',0,0,'5E466E08-8509-49DF-8417-77E4A7B0E28D');
INSERT INTO AuditEntries VALUES(501,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionPolicyReference','2',1,'CanvasId',NULL,'1',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(502,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionPolicyReference','2',1,'Comment',NULL,'De klimaattafels zijn ons forum om burgers te betrekken.',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(503,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionPolicyReference','2',1,'Policy',NULL,'Lekp',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(504,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionPolicyReference','1',1,'CanvasId',NULL,'1',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(505,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionPolicyReference','1',1,'Comment',NULL,'Ons doel voor restafval per inwoner sluit aan op het materialenplan.',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(506,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionPolicyReference','1',1,'Policy',NULL,'LokaalMaterialenplan',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(507,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','6',1,'Block',NULL,'WatLeeftErAl',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(508,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','6',1,'CanvasId',NULL,'1',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(509,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','6',1,'Colour',NULL,'Paars',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(510,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','6',1,'Key',NULL,'98a1dadc-abf1-4cbf-9ca3-2caa7702e5d8',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(511,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','6',1,'Position',NULL,'2',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(512,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','6',1,'Text',NULL,'Kringwinkel',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(513,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','5',1,'Block',NULL,'WatLeeftErAl',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(514,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','5',1,'CanvasId',NULL,'1',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(515,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','5',1,'Colour',NULL,'Roze',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(516,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','5',1,'Key',NULL,'61686593-7720-4a81-86a0-3d952bf751d9',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(517,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','5',1,'Position',NULL,'1',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(518,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','5',1,'Text',NULL,'Repair cafés (2)',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(519,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','4',1,'Block',NULL,'Resultaten',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(520,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','4',1,'CanvasId',NULL,'1',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(521,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','4',1,'Colour',NULL,'Blauw',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(522,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','4',1,'Key',NULL,'3063bb95-c599-4683-8a14-1d50fd573b79',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(523,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','4',1,'Position',NULL,'2',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(524,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','4',1,'Text',NULL,'Circulair aankopen als standaard',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(525,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','3',1,'Block',NULL,'Resultaten',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(526,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','3',1,'CanvasId',NULL,'1',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(527,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','3',1,'Colour',NULL,'Groen',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(528,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','3',1,'Key',NULL,'0c860c70-8b1e-453d-8a4f-ba82e843e9dd',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(529,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','3',1,'Position',NULL,'1',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(530,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','3',1,'Text',NULL,'Elke wijk een herstelpunt',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(531,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','2',1,'Block',NULL,'Waarom',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(532,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','2',1,'CanvasId',NULL,'1',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(533,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','2',1,'Colour',NULL,'Oranje',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(534,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','2',1,'Key',NULL,'63d4e72c-989c-495c-8a19-c8ce05f15993',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(535,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','2',1,'Position',NULL,'2',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(536,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','2',1,'Text',NULL,'Stijgende verwerkingskosten',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(537,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','1',1,'Block',NULL,'Waarom',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(538,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','1',1,'CanvasId',NULL,'1',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(539,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','1',1,'Colour',NULL,'Geel',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(540,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','1',1,'Key',NULL,'9b0e2156-c545-4c59-8726-903f43d793ca',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(541,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','1',1,'Position',NULL,'1',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(542,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionNote','1',1,'Text',NULL,'Restafval daalt te traag',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(543,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionCanvas','1',1,'AlreadyHappening',NULL,'Er draaien al twee repair cafés, een kringwinkel en een deelplatform voor gereedschap. Ondernemers vragen om een plek om reststromen uit te wisselen.',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(544,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionCanvas','1',1,'Focus',NULL,'BurgersActiveren, Klimaatplan',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(545,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionCanvas','1',1,'Results',NULL,'Tegen 2030 zijn hergebruik en herstel gewoon in Demostad: minder restafval, meer lokale jobs en een stadsbestuur dat zelf circulair aankoopt en bouwt.',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(546,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionCanvas','1',1,'Statement',NULL,'Demostad wordt een circulaire stad waar we zorgzaam omgaan met materialen.',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(547,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionCanvas','1',1,'TrajectoryId',NULL,'1',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(548,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionCanvas','1',1,'UpdatedAt',NULL,'2026-11-06T00:59:33Z',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(549,1,'2026-12-06 00:59:34.9166426',1,'Demo Coördinator','VisionCanvas','1',1,'Why',NULL,'Demostad gooit elk jaar te veel bruikbare spullen en materialen weg, en de kosten voor afvalverwerking stijgen. Een circulaire aanpak houdt waarde en werk in de stad.',0,0,'3F38ECEA-668D-4A32-906B-B8139D6EBA2F');
INSERT INTO AuditEntries VALUES(550,1,'2026-12-06 00:59:35.1431324',1,'Demo Coördinator','VisionVersion','1',1,'CanvasId',NULL,'1',0,0,'EE808FA3-FC47-4E15-9721-F509EE2C3294');
INSERT INTO AuditEntries VALUES(551,1,'2026-12-06 00:59:35.1431324',1,'Demo Coördinator','VisionVersion','1',1,'Label',NULL,'Eerste ontwerp kernteam',0,0,'EE808FA3-FC47-4E15-9721-F509EE2C3294');
INSERT INTO AuditEntries VALUES(552,1,'2026-12-06 00:59:35.1431324',1,'Demo Coördinator','VisionVersion','1',1,'Number',NULL,'1',0,0,'EE808FA3-FC47-4E15-9721-F509EE2C3294');
INSERT INTO AuditEntries VALUES(553,1,'2026-12-06 00:59:35.1431324',1,'Demo Coördinator','VisionVersion','1',1,'SavedAt',NULL,'2026-11-06T00:59:33Z',0,0,'EE808FA3-FC47-4E15-9721-F509EE2C3294');
INSERT INTO AuditEntries VALUES(554,1,'2026-12-06 00:59:35.1431324',1,'Demo Coördinator','VisionVersion','1',1,'SavedByName',NULL,'Demo Coördinator',0,0,'EE808FA3-FC47-4E15-9721-F509EE2C3294');
INSERT INTO AuditEntries VALUES(555,1,'2026-12-06 00:59:35.1431324',1,'Demo Coördinator','VisionVersion','1',1,'SavedByUserId',NULL,'1',0,0,'EE808FA3-FC47-4E15-9721-F509EE2C3294');
INSERT INTO AuditEntries VALUES(556,1,'2026-12-06 00:59:35.1431324',1,'Demo Coördinator','VisionVersion','1',1,'TrajectoryId',NULL,'1',0,0,'EE808FA3-FC47-4E15-9721-F509EE2C3294');
INSERT INTO AuditEntries VALUES(557,1,'2026-12-06 00:59:35.19852',1,'Demo Coördinator','AmoreRound','1',1,'OpenedAt',NULL,'2026-11-07T00:59:33Z',0,0,'150BD68B-0BED-4A33-B85B-1C937390C6C1');
INSERT INTO AuditEntries VALUES(558,1,'2026-12-06 00:59:35.19852',1,'Demo Coördinator','AmoreRound','1',1,'OpenedByName',NULL,'Demo Coördinator',0,0,'150BD68B-0BED-4A33-B85B-1C937390C6C1');
INSERT INTO AuditEntries VALUES(559,1,'2026-12-06 00:59:35.19852',1,'Demo Coördinator','AmoreRound','1',1,'Title',NULL,'AMORE-check kernteam',0,0,'150BD68B-0BED-4A33-B85B-1C937390C6C1');
INSERT INTO AuditEntries VALUES(560,1,'2026-12-06 00:59:35.19852',1,'Demo Coördinator','AmoreRound','1',1,'TrajectoryId',NULL,'1',0,0,'150BD68B-0BED-4A33-B85B-1C937390C6C1');
INSERT INTO AuditEntries VALUES(561,1,'2026-12-06 00:59:35.19852',1,'Demo Coördinator','AmoreRound','1',1,'VisionVersionId',NULL,'1',0,0,'150BD68B-0BED-4A33-B85B-1C937390C6C1');
INSERT INTO AuditEntries VALUES(562,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreRating','1',1,'Ambitieus',NULL,'3',0,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(563,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreRating','1',1,'AmoreRoundId',NULL,'1',0,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(564,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreRating','1',1,'Comment',NULL,'Goede start, maar dit kan over elke stad gaan.',0,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(565,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreRating','1',1,'Echt',NULL,'4',0,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(566,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreRating','1',1,'Kind',NULL,'Lid',0,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(567,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreRating','1',1,'Motiverend',NULL,'4',0,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(568,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreRating','1',1,'Onderscheidend',NULL,'2',0,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(569,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreRating','1',1,'RatedAt',NULL,'2026-11-08T00:59:33Z',0,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(570,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreRating','1',1,'RaterKey',NULL,'lid:1',0,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(571,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreRating','1',1,'RaterName',NULL,'Demo Coördinator',1,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(572,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreRating','1',1,'Relevant',NULL,'4',0,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(573,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreInvitation','1',1,'AmoreRoundId',NULL,'1',0,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(574,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreInvitation','1',1,'CreatedAt',NULL,'2026-11-07T22:59:33Z',0,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(575,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreInvitation','1',1,'Email',NULL,'sofie@kringwinkel.example',1,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(576,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreInvitation','1',1,'ExpiresAt',NULL,'2026-11-21T22:59:33Z',0,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(577,1,'2026-12-06 00:59:35.3049462',1,'Demo Coördinator','AmoreInvitation','1',1,'Name',NULL,'Sofie Peeters (kringwinkel)',1,0,'9472C2A0-E1C9-4672-88A5-EF2F016EEAC8');
INSERT INTO AuditEntries VALUES(578,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreRating','2',1,'Ambitieus',NULL,'3',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(579,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreRating','2',1,'AmoreRoundId',NULL,'1',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(580,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreRating','2',1,'Comment',NULL,'Noem wat Demostad eigen maakt: de haven, de textielgeschiedenis.',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(581,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreRating','2',1,'Echt',NULL,'4',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(582,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreRating','2',1,'Kind',NULL,'Extern',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(583,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreRating','2',1,'Motiverend',NULL,'3',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(584,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreRating','2',1,'Onderscheidend',NULL,'2',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(585,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreRating','2',1,'RatedAt',NULL,'2026-11-08T00:59:33Z',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(586,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreRating','2',1,'RaterKey',NULL,'extern:1',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(587,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreRating','2',1,'RaterName',NULL,'Sofie Peeters (kringwinkel)',1,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(588,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreRating','2',1,'Relevant',NULL,'4',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(589,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreInvitation','2',1,'AmoreRoundId',NULL,'1',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(590,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreInvitation','2',1,'CreatedAt',NULL,'2026-11-08T22:59:33Z',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(591,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreInvitation','2',1,'Email',NULL,'karim@ondernemersraad.example',1,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(592,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreInvitation','2',1,'ExpiresAt',NULL,'2026-11-22T22:59:33Z',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(593,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreInvitation','2',1,'Name',NULL,'Karim El Amrani (ondernemersraad)',1,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(594,1,'2026-12-06 00:59:35.339742',1,'Demo Coördinator','AmoreInvitation','1',2,'UsedAt',NULL,'2026-11-08T00:59:33Z',0,0,'A3724FB6-F166-4607-9B18-92FBAF1F8BD5');
INSERT INTO AuditEntries VALUES(595,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','4',1,'Ambitieus',NULL,'3',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(596,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','4',1,'AmoreRoundId',NULL,'1',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(597,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','4',1,'Comment',NULL,'Zorgzaam is mooi, maar wat betekent het concreet?',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(598,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','4',1,'Echt',NULL,'3',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(599,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','4',1,'Kind',NULL,'Workshop',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(600,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','4',1,'Motiverend',NULL,'4',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(601,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','4',1,'Onderscheidend',NULL,'2',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(602,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','4',1,'RatedAt',NULL,'2026-11-09T00:59:33Z',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(603,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','4',1,'RaterKey',NULL,'workshop:demo-kernteam-1',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(604,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','4',1,'RaterName',NULL,'Deelnemer kernteamsessie',1,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(605,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','4',1,'Relevant',NULL,'4',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(606,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','3',1,'Ambitieus',NULL,'3',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(607,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','3',1,'AmoreRoundId',NULL,'1',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(608,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','3',1,'Echt',NULL,'4',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(609,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','3',1,'Kind',NULL,'Extern',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(610,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','3',1,'Motiverend',NULL,'3',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(611,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','3',1,'Onderscheidend',NULL,'3',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(612,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','3',1,'RatedAt',NULL,'2026-11-09T00:59:33Z',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(613,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','3',1,'RaterKey',NULL,'extern:2',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(614,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','3',1,'RaterName',NULL,'Karim El Amrani (ondernemersraad)',1,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(615,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRating','3',1,'Relevant',NULL,'3',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(616,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreRound','1',2,'ClosedAt',NULL,'2026-11-11T00:59:33Z',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(617,1,'2026-12-06 00:59:35.361928',1,'Demo Coördinator','AmoreInvitation','2',2,'UsedAt',NULL,'2026-11-09T00:59:33Z',0,0,'AE2027DE-C5CD-423A-A85B-B11B26BD7D43');
INSERT INTO AuditEntries VALUES(618,1,'2026-12-06 00:59:35.3881762',1,'Demo Coördinator','VisionPolicyReference','3',1,'CanvasId',NULL,'1',0,0,'BA169347-6256-412F-A1E2-1EC3700B9EB6');
INSERT INTO AuditEntries VALUES(619,1,'2026-12-06 00:59:35.3881762',1,'Demo Coördinator','VisionPolicyReference','3',1,'Comment',NULL,'De werkagenda rond maakindustrie en textiel past bij onze ateliers.',0,0,'BA169347-6256-412F-A1E2-1EC3700B9EB6');
INSERT INTO AuditEntries VALUES(620,1,'2026-12-06 00:59:35.3881762',1,'Demo Coördinator','VisionPolicyReference','3',1,'Policy',NULL,'VlaanderenCirculair',0,0,'BA169347-6256-412F-A1E2-1EC3700B9EB6');
INSERT INTO AuditEntries VALUES(621,1,'2026-12-06 00:59:35.3881762',1,'Demo Coördinator','VisionNote','7',1,'Block',NULL,'WatLeeftErAl',0,0,'BA169347-6256-412F-A1E2-1EC3700B9EB6');
INSERT INTO AuditEntries VALUES(622,1,'2026-12-06 00:59:35.3881762',1,'Demo Coördinator','VisionNote','7',1,'CanvasId',NULL,'1',0,0,'BA169347-6256-412F-A1E2-1EC3700B9EB6');
INSERT INTO AuditEntries VALUES(623,1,'2026-12-06 00:59:35.3881762',1,'Demo Coördinator','VisionNote','7',1,'Colour',NULL,'Groen',0,0,'BA169347-6256-412F-A1E2-1EC3700B9EB6');
INSERT INTO AuditEntries VALUES(624,1,'2026-12-06 00:59:35.3881762',1,'Demo Coördinator','VisionNote','7',1,'Key',NULL,'b142c86a-9834-4b27-9976-0c84be2f736e',0,0,'BA169347-6256-412F-A1E2-1EC3700B9EB6');
INSERT INTO AuditEntries VALUES(625,1,'2026-12-06 00:59:35.3881762',1,'Demo Coördinator','VisionNote','7',1,'Position',NULL,'3',0,0,'BA169347-6256-412F-A1E2-1EC3700B9EB6');
INSERT INTO AuditEntries VALUES(626,1,'2026-12-06 00:59:35.3881762',1,'Demo Coördinator','VisionNote','7',1,'Text',NULL,'Textielateliers in de havenbuurt',0,0,'BA169347-6256-412F-A1E2-1EC3700B9EB6');
INSERT INTO AuditEntries VALUES(627,1,'2026-12-06 00:59:35.3881762',1,'Demo Coördinator','VisionCanvas','1',2,'Focus','BurgersActiveren, Klimaatplan','BurgersActiveren, Ondernemerschap, Klimaatplan',0,0,'BA169347-6256-412F-A1E2-1EC3700B9EB6');
INSERT INTO AuditEntries VALUES(628,1,'2026-12-06 00:59:35.3881762',1,'Demo Coördinator','VisionCanvas','1',2,'Statement','Demostad wordt een circulaire stad waar we zorgzaam omgaan met materialen.','Demostad, havenstad met een textielverleden, maakt tegen 2030 van herstellen, delen en hergebruiken de gewoonte: in elke wijk, in elk bedrijf en in elk gebouw van de stad.',0,0,'BA169347-6256-412F-A1E2-1EC3700B9EB6');
INSERT INTO AuditEntries VALUES(629,1,'2026-12-06 00:59:35.3881762',1,'Demo Coördinator','VisionCanvas','1',2,'UpdatedAt','2026-11-06T00:59:33Z','2026-11-29T00:59:33Z',0,0,'BA169347-6256-412F-A1E2-1EC3700B9EB6');
INSERT INTO AuditEntries VALUES(630,1,'2026-12-06 00:59:35.3881762',1,'Demo Coördinator','VisionNote','4',2,'Text','Circulair aankopen als standaard','Circulair aankopen en bouwen als standaard',0,0,'BA169347-6256-412F-A1E2-1EC3700B9EB6');
INSERT INTO AuditEntries VALUES(631,1,'2026-12-06 00:59:35.4084526',1,'Demo Coördinator','VisionVersion','2',1,'CanvasId',NULL,'1',0,0,'363AEA16-6CCE-4074-991F-481B8EDC2565');
INSERT INTO AuditEntries VALUES(632,1,'2026-12-06 00:59:35.4084526',1,'Demo Coördinator','VisionVersion','2',1,'Label',NULL,'Na stakeholderworkshop',0,0,'363AEA16-6CCE-4074-991F-481B8EDC2565');
INSERT INTO AuditEntries VALUES(633,1,'2026-12-06 00:59:35.4084526',1,'Demo Coördinator','VisionVersion','2',1,'Number',NULL,'2',0,0,'363AEA16-6CCE-4074-991F-481B8EDC2565');
INSERT INTO AuditEntries VALUES(634,1,'2026-12-06 00:59:35.4084526',1,'Demo Coördinator','VisionVersion','2',1,'SavedAt',NULL,'2026-11-29T00:59:33Z',0,0,'363AEA16-6CCE-4074-991F-481B8EDC2565');
INSERT INTO AuditEntries VALUES(635,1,'2026-12-06 00:59:35.4084526',1,'Demo Coördinator','VisionVersion','2',1,'SavedByName',NULL,'Demo Coördinator',0,0,'363AEA16-6CCE-4074-991F-481B8EDC2565');
INSERT INTO AuditEntries VALUES(636,1,'2026-12-06 00:59:35.4084526',1,'Demo Coördinator','VisionVersion','2',1,'SavedByUserId',NULL,'1',0,0,'363AEA16-6CCE-4074-991F-481B8EDC2565');
INSERT INTO AuditEntries VALUES(637,1,'2026-12-06 00:59:35.4084526',1,'Demo Coördinator','VisionVersion','2',1,'TrajectoryId',NULL,'1',0,0,'363AEA16-6CCE-4074-991F-481B8EDC2565');
INSERT INTO AuditEntries VALUES(638,1,'2026-12-06 00:59:35.4310876',1,'Demo Coördinator','AmoreRound','2',1,'OpenedAt',NULL,'2026-11-30T00:59:33Z',0,0,'868950AA-845C-468C-8450-093364EC27C5');
INSERT INTO AuditEntries VALUES(639,1,'2026-12-06 00:59:35.4310876',1,'Demo Coördinator','AmoreRound','2',1,'OpenedByName',NULL,'Demo Coördinator',0,0,'868950AA-845C-468C-8450-093364EC27C5');
INSERT INTO AuditEntries VALUES(640,1,'2026-12-06 00:59:35.4310876',1,'Demo Coördinator','AmoreRound','2',1,'Title',NULL,'AMORE-check na workshop',0,0,'868950AA-845C-468C-8450-093364EC27C5');
INSERT INTO AuditEntries VALUES(641,1,'2026-12-06 00:59:35.4310876',1,'Demo Coördinator','AmoreRound','2',1,'TrajectoryId',NULL,'1',0,0,'868950AA-845C-468C-8450-093364EC27C5');
INSERT INTO AuditEntries VALUES(642,1,'2026-12-06 00:59:35.4310876',1,'Demo Coördinator','AmoreRound','2',1,'VisionVersionId',NULL,'2',0,0,'868950AA-845C-468C-8450-093364EC27C5');
INSERT INTO AuditEntries VALUES(643,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreRating','5',1,'Ambitieus',NULL,'4',0,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(644,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreRating','5',1,'AmoreRoundId',NULL,'2',0,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(645,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreRating','5',1,'Echt',NULL,'4',0,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(646,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreRating','5',1,'Kind',NULL,'Lid',0,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(647,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreRating','5',1,'Motiverend',NULL,'4',0,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(648,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreRating','5',1,'Onderscheidend',NULL,'4',0,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(649,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreRating','5',1,'RatedAt',NULL,'2026-11-30T00:59:33Z',0,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(650,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreRating','5',1,'RaterKey',NULL,'lid:1',0,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(651,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreRating','5',1,'RaterName',NULL,'Demo Coördinator',1,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(652,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreRating','5',1,'Relevant',NULL,'4',0,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(653,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreInvitation','3',1,'AmoreRoundId',NULL,'2',0,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(654,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreInvitation','3',1,'CreatedAt',NULL,'2026-11-30T22:59:33Z',0,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(655,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreInvitation','3',1,'Email',NULL,'sofie@kringwinkel.example',1,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(656,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreInvitation','3',1,'ExpiresAt',NULL,'2026-12-14T22:59:33Z',0,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(657,1,'2026-12-06 00:59:35.4501759',1,'Demo Coördinator','AmoreInvitation','3',1,'Name',NULL,'Sofie Peeters (kringwinkel)',1,0,'BEA952F0-929B-44F0-9EDE-56099BA0E3B3');
INSERT INTO AuditEntries VALUES(658,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreRating','6',1,'Ambitieus',NULL,'4',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(659,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreRating','6',1,'AmoreRoundId',NULL,'2',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(660,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreRating','6',1,'Comment',NULL,'Nu herken ik Demostad erin.',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(661,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreRating','6',1,'Echt',NULL,'3',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(662,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreRating','6',1,'Kind',NULL,'Extern',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(663,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreRating','6',1,'Motiverend',NULL,'4',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(664,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreRating','6',1,'Onderscheidend',NULL,'4',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(665,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreRating','6',1,'RatedAt',NULL,'2026-12-01T00:59:33Z',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(666,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreRating','6',1,'RaterKey',NULL,'extern:3',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(667,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreRating','6',1,'RaterName',NULL,'Sofie Peeters (kringwinkel)',1,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(668,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreRating','6',1,'Relevant',NULL,'4',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(669,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreInvitation','4',1,'AmoreRoundId',NULL,'2',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(670,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreInvitation','4',1,'CreatedAt',NULL,'2026-11-30T22:59:33Z',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(671,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreInvitation','4',1,'Email',NULL,'karim@ondernemersraad.example',1,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(672,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreInvitation','4',1,'ExpiresAt',NULL,'2026-12-14T22:59:33Z',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(673,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreInvitation','4',1,'Name',NULL,'Karim El Amrani (ondernemersraad)',1,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(674,1,'2026-12-06 00:59:35.4823387',1,'Demo Coördinator','AmoreInvitation','3',2,'UsedAt',NULL,'2026-12-01T00:59:33Z',0,0,'57022861-AC0C-4808-808C-8E3AA544119C');
INSERT INTO AuditEntries VALUES(675,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','8',1,'Ambitieus',NULL,'5',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(676,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','8',1,'AmoreRoundId',NULL,'2',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(677,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','8',1,'Echt',NULL,'3',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(678,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','8',1,'Kind',NULL,'Workshop',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(679,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','8',1,'Motiverend',NULL,'4',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(680,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','8',1,'Onderscheidend',NULL,'4',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(681,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','8',1,'RatedAt',NULL,'2026-12-02T00:59:33Z',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(682,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','8',1,'RaterKey',NULL,'workshop:demo-workshop-2',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(683,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','8',1,'RaterName',NULL,'Deelnemer stakeholderworkshop',1,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(684,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','8',1,'Relevant',NULL,'5',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(685,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','7',1,'Ambitieus',NULL,'4',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(686,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','7',1,'AmoreRoundId',NULL,'2',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(687,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','7',1,'Comment',NULL,'Ambitieus; de bedrijven willen graag mee.',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(688,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','7',1,'Echt',NULL,'3',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(689,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','7',1,'Kind',NULL,'Extern',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(690,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','7',1,'Motiverend',NULL,'3',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(691,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','7',1,'Onderscheidend',NULL,'4',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(692,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','7',1,'RatedAt',NULL,'2026-12-01T00:59:33Z',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(693,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','7',1,'RaterKey',NULL,'extern:4',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(694,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','7',1,'RaterName',NULL,'Karim El Amrani (ondernemersraad)',1,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(695,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreRating','7',1,'Relevant',NULL,'4',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(696,1,'2026-12-06 00:59:35.5046446',1,'Demo Coördinator','AmoreInvitation','4',2,'UsedAt',NULL,'2026-12-01T00:59:33Z',0,0,'BC28DE64-00B8-41BB-AA3C-3A01461FCB9D');
INSERT INTO AuditEntries VALUES(697,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','16,9',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(698,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','16',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(699,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','16',1,'Description',NULL,'Twee speelplaatsen kregen groen in plaats van asfalt en een regenwaterput voor de toiletten.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(700,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','16',1,'Domain',NULL,'andere',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(701,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','16',1,'LeadName',NULL,'Scholengroep Demostad',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(702,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','16',1,'LeadStakeholderId',NULL,'25',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(703,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','16',1,'Name',NULL,'Ontharde speelplaatsen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(704,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','16',1,'Status',NULL,'Afgerond',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(705,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','16',1,'SubdomainCode',NULL,'water',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(706,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','16',1,'TargetGroups',NULL,'ScholenEnJongeren',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(707,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','15,19',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(708,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','15',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(709,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','15',1,'Description',NULL,'Twee elektrische deelwagens voor de bewoners van een sociale woonwijk, geladen met stroom van de energiecoöperatie.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(710,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','15',1,'Domain',NULL,'andere',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(711,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','15',1,'LeadName',NULL,'Sociale huisvestingsmaatschappij Demowonen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(712,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','15',1,'Name',NULL,'Deelwagens bij sociale woningen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(713,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','15',1,'Status',NULL,'Gepland',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(714,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','15',1,'SubdomainCode',NULL,'deelmobiliteit',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(715,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','15',1,'TargetGroups',NULL,'Burgers, KwetsbareGroepen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(716,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','14,22',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(717,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','14',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(718,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','14',1,'Description',NULL,'Een maatwerkbedrijf sorteert het ingezamelde textiel; bruikbare stukken gaan naar de kringwinkel.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(719,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','14',1,'Domain',NULL,'industrie',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(720,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','14',1,'LeadName',NULL,'Circulaire Hub Demoland',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(721,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','14',1,'LeadStakeholderId',NULL,'20',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(722,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','14',1,'Name',NULL,'Textielsortering met de sociale economie',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(723,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','14',1,'Status',NULL,'Lopend',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(724,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','14',1,'SubdomainCode',NULL,'sociale-economie',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(725,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','14',1,'TargetGroups',NULL,'Ondernemers, KwetsbareGroepen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(726,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','13,20',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(727,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','13,14',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(728,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','13',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(729,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','13',1,'Description',NULL,'Bedrijven van het bedrijventerrein Noord leggen hun reststromen naast elkaar om na te gaan wat de een van de ander kan gebruiken.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(730,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','13',1,'Domain',NULL,'industrie',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(731,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','13',1,'LeadName',NULL,'Dienst Lokale Economie',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(732,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','13',1,'LeadStakeholderId',NULL,'6',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(733,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','13',1,'Name',NULL,'Ondernemersontbijt over reststromen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(734,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','13',1,'Status',NULL,'Gepland',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(735,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','13',1,'SubdomainCode',NULL,'symbiose',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(736,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','13',1,'TargetGroups',NULL,'Ondernemers',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(737,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','12,17',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(738,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','12',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(739,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','12',1,'Description',NULL,'Bij de renovatie van het gemeentehuis worden materialen vooraf geïnventariseerd en demontabel verwerkt.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(740,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','12',1,'Domain',NULL,'gebouwde-omgeving',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(741,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','12',1,'LeadName',NULL,'Dienst Aankoop',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(742,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','12',1,'LeadStakeholderId',NULL,'5',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(743,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','12',1,'Name',NULL,'Circulaire renovatie van het gemeentehuis',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(744,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','12',1,'Status',NULL,'Gepland',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(745,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','12',1,'SubdomainCode',NULL,'circulair-bouwen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(746,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','12',1,'TargetGroups',NULL,'EigenOrganisatie',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(747,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','11,17',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(748,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','11,9',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(749,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','11',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(750,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','11',1,'Description',NULL,'Een bouwbedrijf zet een opslag op voor herbruikbare bouwmaterialen uit renovaties, met een onderzoeksgroep die de kwaliteit opvolgt.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(751,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','11',1,'Domain',NULL,'gebouwde-omgeving',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(752,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','11',1,'LeadName',NULL,'Bouwbedrijf Voorbeeld & Zonen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(753,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','11',1,'LeadStakeholderId',NULL,'13',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(754,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','11',1,'Name',NULL,'Materialenbank op de werf',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(755,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','11',1,'Status',NULL,'Gepland',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(756,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','11',1,'SubdomainCode',NULL,'hergebruik-materialen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(757,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','11',1,'TargetGroups',NULL,'Ondernemers',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(758,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','10,18',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(759,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','10',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(760,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','10',1,'Description',NULL,'Tuinierders ruilen zaden van eigen kweek in de bibliotheek, met workshops over zaden winnen.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(761,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','10',1,'Domain',NULL,'bio-economie',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(762,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','10',1,'LeadName',NULL,'Vzw Tuinieren in Demostad',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(763,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','10',1,'Name',NULL,'Zadenbibliotheek',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(764,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','10',1,'OwnSubdomain',NULL,'Zadenbibliotheek',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(765,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','10',1,'Status',NULL,'Lopend',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(766,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','10',1,'TargetGroups',NULL,'Burgers, Verenigingen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(767,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','9,11',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(768,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','9,10',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(769,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','9',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(770,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','9',1,'Description',NULL,'Buurtbewoners brengen hun groente- en fruitafval naar compostbakken in de wijk; compostmeesters houden ze bij.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(771,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','9',1,'Domain',NULL,'bio-economie',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(772,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','9',1,'LeadName',NULL,'Afvalintercommunale Demoland',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(773,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','9',1,'LeadStakeholderId',NULL,'21',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(774,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','9',1,'Name',NULL,'Wijkcompost',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(775,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','9',1,'Status',NULL,'Lopend',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(776,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','9',1,'SubdomainCode',NULL,'bio-afval',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(777,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','9',1,'TargetGroups',NULL,'Burgers',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(778,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','8,20',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(779,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','8,15',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(780,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','8',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(781,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','8',1,'Description',NULL,'Wat op de wekelijkse markt en bij de bakker overblijft, gaat dezelfde avond naar de sociale kruidenier.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(782,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','8',1,'Domain',NULL,'bio-economie',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(783,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','8',1,'LeadName',NULL,'Sociale dienst (OCMW)',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(784,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','8',1,'LeadStakeholderId',NULL,'8',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(785,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','8',1,'Name',NULL,'Marktoverschotten naar de sociale kruidenier',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(786,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','8',1,'Status',NULL,'Lopend',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(787,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','8',1,'SubdomainCode',NULL,'voedselverspilling',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(788,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','8',1,'TargetGroups',NULL,'Ondernemers, KwetsbareGroepen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(789,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','7,18',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(790,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','7',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(791,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','7',1,'Description',NULL,'Drie basisscholen leggen een moestuin aan; een natuurvereniging begeleidt de leerkrachten.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(792,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','7',1,'Domain',NULL,'bio-economie',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(793,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','7',1,'LeadName',NULL,'Scholengroep Demostad',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(794,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','7',1,'LeadStakeholderId',NULL,'25',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(795,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','7',1,'Name',NULL,'Schoolmoestuinen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(796,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','7',1,'Status',NULL,'Lopend',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(797,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','7',1,'SubdomainCode',NULL,'korte-keten',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(798,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','7',1,'TargetGroups',NULL,'ScholenEnJongeren',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(799,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','6,21',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(800,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','6,20',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(801,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','6',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(802,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','6',1,'Description',NULL,'Verenigingen lenen gratis herbruikbare bekers voor fuiven en markten; een sociale werkplaats wast ze.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(803,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','6',1,'Domain',NULL,'bio-economie',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(804,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','6',1,'LeadName',NULL,'Dienst Milieu en Klimaat',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(805,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','6',1,'LeadStakeholderId',NULL,'4',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(806,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','6',1,'Name',NULL,'Bekerpool voor evenementen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(807,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','6',1,'Status',NULL,'Lopend',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(808,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','6',1,'SubdomainCode',NULL,'catering',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(809,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','6',1,'TargetGroups',NULL,'EigenOrganisatie, Verenigingen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(810,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','5,22',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(811,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','5',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(812,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','5',1,'Description',NULL,'De gemeente koopt bureaus en kasten eerst tweedehands of gerenoveerd, en geeft afgedankt meubilair door aan de kringwinkel.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(813,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','5',1,'Domain',NULL,'consumentengoederen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(814,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','5',1,'LeadName',NULL,'Dienst Aankoop',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(815,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','5',1,'LeadStakeholderId',NULL,'5',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(816,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','5',1,'Name',NULL,'Tweedehands kantoormeubilair',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(817,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','5',1,'OwnSubdomain',NULL,'Circulair aankopen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(818,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','5',1,'Status',NULL,'Lopend',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(819,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','5',1,'TargetGroups',NULL,'EigenOrganisatie',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(820,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','4,26',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(821,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','4,25',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(822,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','4',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(823,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','4',1,'Description',NULL,'Leerlingen zamelden een schooljaar lang afgedankt textiel in; de opbrengst ging naar de schoolreis.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(824,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','4',1,'Domain',NULL,'consumentengoederen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(825,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','4',1,'LeadName',NULL,'Afvalintercommunale Demoland',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(826,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','4',1,'LeadStakeholderId',NULL,'21',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(827,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','4',1,'Name',NULL,'Textielinzameling op school',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(828,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','4',1,'Status',NULL,'Afgerond',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(829,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','4',1,'SubdomainCode',NULL,'inzameling',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(830,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','4',1,'TargetGroups',NULL,'ScholenEnJongeren',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(831,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','3,12',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(832,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','3',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(833,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','3',1,'Description',NULL,'Een start-up test een abonnement waarbij oudere inwoners hun smartphone laten nakijken en herstellen in plaats van vervangen.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(834,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','3',1,'Domain',NULL,'consumentengoederen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(835,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','3',1,'LeadName',NULL,'Fixbaar (herstel-start-up)',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(836,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','3',1,'LeadStakeholderId',NULL,'16',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(837,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','3',1,'Name',NULL,'Herstelabonnement voor smartphones',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(838,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','3',1,'OtherTargetGroup',NULL,'senioren',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(839,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','3',1,'Status',NULL,'Gepland',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(840,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','3',1,'SubdomainCode',NULL,'herstel',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(841,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','3',1,'TargetGroups',NULL,'Burgers, Andere',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(842,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','2,22',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(843,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','2',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(844,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','2',1,'Description',NULL,'Boormachines, partytenten en kampeermateriaal lenen met de bibliotheekkaart, voor inwoners en voor verenigingen.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(845,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','2',1,'Domain',NULL,'consumentengoederen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(846,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','2',1,'LeadName',NULL,'Dienst Milieu en Klimaat',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(847,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','2',1,'LeadStakeholderId',NULL,'4',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(848,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','2',1,'Name',NULL,'Uitleendienst in de bibliotheek',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(849,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','2',1,'Status',NULL,'Lopend',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(850,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','2',1,'SubdomainCode',NULL,'delen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(851,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','2',1,'TargetGroups',NULL,'Burgers, Verenigingen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(852,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','1,22',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(853,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','InitiativePartner','1,11',1,'',NULL,NULL,0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(854,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','1',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(855,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','1',1,'Description',NULL,'Elke derde zaterdag herstellen vrijwilligers samen met buurtbewoners lampen, kleding en fietsen in het buurthuis. Wie iets laat herstellen, leert mee.',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(856,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','1',1,'Domain',NULL,'consumentengoederen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(857,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','1',1,'LeadName',NULL,'Repair Café Demostad',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(858,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','1',1,'LeadStakeholderId',NULL,'12',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(859,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','1',1,'Name',NULL,'Repair Café Kerkwijk',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(860,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','1',1,'Status',NULL,'Lopend',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(861,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','1',1,'SubdomainCode',NULL,'herstel',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(862,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','1',1,'TargetGroups',NULL,'Burgers, KwetsbareGroepen',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(863,1,'2026-12-06 00:59:35.7283056',1,'Demo Coördinator','Initiative','1',1,'WebLink',NULL,'https://repaircafe.demostad.example',0,0,'B01BEDD1-C800-4589-9A61-F2CCBF08F8F9');
INSERT INTO AuditEntries VALUES(864,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanDataset','1',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(865,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanDataset','1',1,'IsIllustrative',NULL,'true',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(866,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanDataset','1',1,'Kind',NULL,'Tewerkstelling',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(867,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanDataset','1',1,'Licence',NULL,'CC0 (fictief voorbeeld)',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(868,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanDataset','1',1,'Name',NULL,'Tewerkstelling per sector (fictief voorbeeld)',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(869,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanDataset','1',1,'Notes',NULL,'Fictief voorbeeld: verzonnen cijfers voor de demogemeente Demostad, in de vorm van een export uit Provincies in Cijfers. Niet gebruiken als echte cijfers.',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(870,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanDataset','1',1,'RetrievedOn',NULL,'2026-12-06',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(871,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanDataset','1',1,'Scheme',NULL,'NaceBel2008',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(872,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanDataset','1',1,'SourceName',NULL,'Circulair (fictief voorbeeld)',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(873,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanPopulation','5',1,'Population',NULL,'48350',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(874,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanPopulation','5',1,'Year',NULL,'2023',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(875,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanPopulation','4',1,'Population',NULL,'48020',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(876,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanPopulation','4',1,'Year',NULL,'2022',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(877,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanPopulation','3',1,'Population',NULL,'47690',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(878,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanPopulation','3',1,'Year',NULL,'2021',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(879,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanPopulation','2',1,'Population',NULL,'47480',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(880,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanPopulation','2',1,'Year',NULL,'2020',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(881,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanPopulation','1',1,'Population',NULL,'47210',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(882,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanPopulation','1',1,'Year',NULL,'2019',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(883,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanProfile','1',1,'AddedValueWeight',NULL,'1',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(884,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanProfile','1',1,'BenchmarkAreaCodes',NULL,'',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(885,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanProfile','1',1,'Co2Weight',NULL,'2',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(886,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanProfile','1',1,'JobsWeight',NULL,'3',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(887,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanProfile','1',1,'OwnAreaCodes',NULL,'00000',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(888,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanProfile','1',1,'SpecialisationWeight',NULL,'2',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(889,1,'2026-12-06 00:59:35.9249198',1,'Demo Coördinator','ScanProfile','1',1,'WasteWeight',NULL,'2',0,0,'E8CAD278-57DD-4C09-8600-21CCE075F297');
INSERT INTO AuditEntries VALUES(890,1,'2026-12-06 00:59:36.1163407',1,'Demo Coördinator','ScanImport','1',1,'CompletedAt',NULL,'2026-12-06T00:59:33Z',0,0,'299C35D0-7D30-4B30-BC7C-654FF352D238');
INSERT INTO AuditEntries VALUES(891,1,'2026-12-06 00:59:36.1163407',1,'Demo Coördinator','ScanImport','1',1,'ConfirmedAt',NULL,'2026-12-06T00:59:33Z',0,0,'299C35D0-7D30-4B30-BC7C-654FF352D238');
INSERT INTO AuditEntries VALUES(892,1,'2026-12-06 00:59:36.1163407',1,'Demo Coördinator','ScanImport','1',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'299C35D0-7D30-4B30-BC7C-654FF352D238');
INSERT INTO AuditEntries VALUES(893,1,'2026-12-06 00:59:36.1163407',1,'Demo Coördinator','ScanImport','1',1,'DecimalSeparator',NULL,',',0,0,'299C35D0-7D30-4B30-BC7C-654FF352D238');
INSERT INTO AuditEntries VALUES(894,1,'2026-12-06 00:59:36.1163407',1,'Demo Coördinator','ScanImport','1',1,'Delimiter',NULL,';',0,0,'299C35D0-7D30-4B30-BC7C-654FF352D238');
INSERT INTO AuditEntries VALUES(895,1,'2026-12-06 00:59:36.1163407',1,'Demo Coördinator','ScanImport','1',1,'EncodingName',NULL,'utf-8',0,0,'299C35D0-7D30-4B30-BC7C-654FF352D238');
INSERT INTO AuditEntries VALUES(896,1,'2026-12-06 00:59:36.1163407',1,'Demo Coördinator','ScanImport','1',1,'FileKind',NULL,'Csv',0,0,'299C35D0-7D30-4B30-BC7C-654FF352D238');
INSERT INTO AuditEntries VALUES(897,1,'2026-12-06 00:59:36.1163407',1,'Demo Coördinator','ScanImport','1',1,'FileName',NULL,'tewerkstelling-per-sector-fictief-voorbeeld.csv',0,0,'299C35D0-7D30-4B30-BC7C-654FF352D238');
INSERT INTO AuditEntries VALUES(898,1,'2026-12-06 00:59:36.1163407',1,'Demo Coördinator','ScanImport','1',1,'FileSize',NULL,'8400',0,0,'299C35D0-7D30-4B30-BC7C-654FF352D238');
INSERT INTO AuditEntries VALUES(899,1,'2026-12-06 00:59:36.1163407',1,'Demo Coördinator','ScanImport','1',1,'HeaderRow',NULL,'1',0,0,'299C35D0-7D30-4B30-BC7C-654FF352D238');
INSERT INTO AuditEntries VALUES(900,1,'2026-12-06 00:59:36.1163407',1,'Demo Coördinator','ScanImport','1',1,'ScanDatasetId',NULL,'1',0,0,'299C35D0-7D30-4B30-BC7C-654FF352D238');
INSERT INTO AuditEntries VALUES(901,1,'2026-12-06 00:59:36.1163407',1,'Demo Coördinator','ScanImport','1',1,'ThousandsSeparator',NULL,'',0,0,'299C35D0-7D30-4B30-BC7C-654FF352D238');
INSERT INTO AuditEntries VALUES(902,1,'2026-12-06 00:59:36.1163407',1,'Demo Coördinator','ScanImport','1',1,'UserId',NULL,'1',0,0,'299C35D0-7D30-4B30-BC7C-654FF352D238');
INSERT INTO AuditEntries VALUES(903,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','5',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(904,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','5',1,'ObservationCount',NULL,'56',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(905,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','5',1,'ScanDatasetId',NULL,'1',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(906,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','5',1,'ScanImportId',NULL,'1',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(907,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','5',1,'Year',NULL,'2023',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(908,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','4',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(909,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','4',1,'ObservationCount',NULL,'56',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(910,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','4',1,'ScanDatasetId',NULL,'1',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(911,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','4',1,'ScanImportId',NULL,'1',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(912,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','4',1,'Year',NULL,'2022',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(913,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','3',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(914,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','3',1,'ObservationCount',NULL,'56',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(915,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','3',1,'ScanDatasetId',NULL,'1',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(916,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','3',1,'ScanImportId',NULL,'1',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(917,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','3',1,'Year',NULL,'2021',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(918,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','2',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(919,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','2',1,'ObservationCount',NULL,'56',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(920,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','2',1,'ScanDatasetId',NULL,'1',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(921,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','2',1,'ScanImportId',NULL,'1',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(922,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','2',1,'Year',NULL,'2020',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(923,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','1',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(924,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','1',1,'ObservationCount',NULL,'56',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(925,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','1',1,'ScanDatasetId',NULL,'1',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(926,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','1',1,'ScanImportId',NULL,'1',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(927,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetYear','1',1,'Year',NULL,'2019',0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(928,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,95',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(929,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,88',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(930,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,87',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(931,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,86',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(932,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,85',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(933,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,84',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(934,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,81',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(935,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,77',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(936,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,71',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(937,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,68',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(938,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,62',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(939,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,56',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(940,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,52',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(941,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,49',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(942,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,47',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(943,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,46',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(944,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,45',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(945,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,43',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(946,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,42',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(947,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,41',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(948,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,38',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(949,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,33',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(950,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,28',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(951,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,25',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(952,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,22',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(953,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,16',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(954,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,10',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(955,1,'2026-12-06 00:59:36.193724',1,'Demo Coördinator','ScanDatasetCategory','1,01',1,'',NULL,NULL,0,0,'FF0CBD50-C9B9-45CA-8A62-9CC2E17D5446');
INSERT INTO AuditEntries VALUES(956,1,'2026-12-06 00:59:36.2351626',1,'Demo Coördinator','ScanDataset','2',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'D1E08EB5-C733-4673-B2D0-7FF43BEBB9A9');
INSERT INTO AuditEntries VALUES(957,1,'2026-12-06 00:59:36.2351626',1,'Demo Coördinator','ScanDataset','2',1,'IsIllustrative',NULL,'true',0,0,'D1E08EB5-C733-4673-B2D0-7FF43BEBB9A9');
INSERT INTO AuditEntries VALUES(958,1,'2026-12-06 00:59:36.2351626',1,'Demo Coördinator','ScanDataset','2',1,'Kind',NULL,'Huishoudafval',0,0,'D1E08EB5-C733-4673-B2D0-7FF43BEBB9A9');
INSERT INTO AuditEntries VALUES(959,1,'2026-12-06 00:59:36.2351626',1,'Demo Coördinator','ScanDataset','2',1,'Licence',NULL,'CC0 (fictief voorbeeld)',0,0,'D1E08EB5-C733-4673-B2D0-7FF43BEBB9A9');
INSERT INTO AuditEntries VALUES(960,1,'2026-12-06 00:59:36.2351626',1,'Demo Coördinator','ScanDataset','2',1,'Name',NULL,'Huishoudelijk afval per fractie (fictief voorbeeld)',0,0,'D1E08EB5-C733-4673-B2D0-7FF43BEBB9A9');
INSERT INTO AuditEntries VALUES(961,1,'2026-12-06 00:59:36.2351626',1,'Demo Coördinator','ScanDataset','2',1,'Notes',NULL,'Fictief voorbeeld: verzonnen cijfers voor de demogemeente Demostad, in de vorm van een export uit Provincies in Cijfers. Niet gebruiken als echte cijfers.',0,0,'D1E08EB5-C733-4673-B2D0-7FF43BEBB9A9');
INSERT INTO AuditEntries VALUES(962,1,'2026-12-06 00:59:36.2351626',1,'Demo Coördinator','ScanDataset','2',1,'RetrievedOn',NULL,'2026-12-06',0,0,'D1E08EB5-C733-4673-B2D0-7FF43BEBB9A9');
INSERT INTO AuditEntries VALUES(963,1,'2026-12-06 00:59:36.2351626',1,'Demo Coördinator','ScanDataset','2',1,'Scheme',NULL,'OvamWasteFractions',0,0,'D1E08EB5-C733-4673-B2D0-7FF43BEBB9A9');
INSERT INTO AuditEntries VALUES(964,1,'2026-12-06 00:59:36.2351626',1,'Demo Coördinator','ScanDataset','2',1,'SourceName',NULL,'Circulair (fictief voorbeeld)',0,0,'D1E08EB5-C733-4673-B2D0-7FF43BEBB9A9');
INSERT INTO AuditEntries VALUES(965,1,'2026-12-06 00:59:36.263013',1,'Demo Coördinator','ScanImport','2',1,'CompletedAt',NULL,'2026-12-06T00:59:33Z',0,0,'071BB524-02FB-46F1-9A56-2C823817BE3F');
INSERT INTO AuditEntries VALUES(966,1,'2026-12-06 00:59:36.263013',1,'Demo Coördinator','ScanImport','2',1,'ConfirmedAt',NULL,'2026-12-06T00:59:33Z',0,0,'071BB524-02FB-46F1-9A56-2C823817BE3F');
INSERT INTO AuditEntries VALUES(967,1,'2026-12-06 00:59:36.263013',1,'Demo Coördinator','ScanImport','2',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'071BB524-02FB-46F1-9A56-2C823817BE3F');
INSERT INTO AuditEntries VALUES(968,1,'2026-12-06 00:59:36.263013',1,'Demo Coördinator','ScanImport','2',1,'DecimalSeparator',NULL,',',0,0,'071BB524-02FB-46F1-9A56-2C823817BE3F');
INSERT INTO AuditEntries VALUES(969,1,'2026-12-06 00:59:36.263013',1,'Demo Coördinator','ScanImport','2',1,'Delimiter',NULL,';',0,0,'071BB524-02FB-46F1-9A56-2C823817BE3F');
INSERT INTO AuditEntries VALUES(970,1,'2026-12-06 00:59:36.263013',1,'Demo Coördinator','ScanImport','2',1,'EncodingName',NULL,'utf-8',0,0,'071BB524-02FB-46F1-9A56-2C823817BE3F');
INSERT INTO AuditEntries VALUES(971,1,'2026-12-06 00:59:36.263013',1,'Demo Coördinator','ScanImport','2',1,'FileKind',NULL,'Csv',0,0,'071BB524-02FB-46F1-9A56-2C823817BE3F');
INSERT INTO AuditEntries VALUES(972,1,'2026-12-06 00:59:36.263013',1,'Demo Coördinator','ScanImport','2',1,'FileName',NULL,'huishoudelijk-afval-per-fractie-fictief-voorbeeld.csv',0,0,'071BB524-02FB-46F1-9A56-2C823817BE3F');
INSERT INTO AuditEntries VALUES(973,1,'2026-12-06 00:59:36.263013',1,'Demo Coördinator','ScanImport','2',1,'FileSize',NULL,'2250',0,0,'071BB524-02FB-46F1-9A56-2C823817BE3F');
INSERT INTO AuditEntries VALUES(974,1,'2026-12-06 00:59:36.263013',1,'Demo Coördinator','ScanImport','2',1,'HeaderRow',NULL,'1',0,0,'071BB524-02FB-46F1-9A56-2C823817BE3F');
INSERT INTO AuditEntries VALUES(975,1,'2026-12-06 00:59:36.263013',1,'Demo Coördinator','ScanImport','2',1,'ScanDatasetId',NULL,'2',0,0,'071BB524-02FB-46F1-9A56-2C823817BE3F');
INSERT INTO AuditEntries VALUES(976,1,'2026-12-06 00:59:36.263013',1,'Demo Coördinator','ScanImport','2',1,'ThousandsSeparator',NULL,'',0,0,'071BB524-02FB-46F1-9A56-2C823817BE3F');
INSERT INTO AuditEntries VALUES(977,1,'2026-12-06 00:59:36.263013',1,'Demo Coördinator','ScanImport','2',1,'UserId',NULL,'1',0,0,'071BB524-02FB-46F1-9A56-2C823817BE3F');
INSERT INTO AuditEntries VALUES(978,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','10',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(979,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','10',1,'ObservationCount',NULL,'15',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(980,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','10',1,'ScanDatasetId',NULL,'2',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(981,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','10',1,'ScanImportId',NULL,'2',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(982,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','10',1,'Year',NULL,'2023',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(983,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','9',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(984,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','9',1,'ObservationCount',NULL,'15',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(985,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','9',1,'ScanDatasetId',NULL,'2',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(986,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','9',1,'ScanImportId',NULL,'2',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(987,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','9',1,'Year',NULL,'2022',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(988,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','8',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(989,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','8',1,'ObservationCount',NULL,'15',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(990,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','8',1,'ScanDatasetId',NULL,'2',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(991,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','8',1,'ScanImportId',NULL,'2',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(992,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','8',1,'Year',NULL,'2021',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(993,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','7',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(994,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','7',1,'ObservationCount',NULL,'15',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(995,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','7',1,'ScanDatasetId',NULL,'2',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(996,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','7',1,'ScanImportId',NULL,'2',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(997,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','7',1,'Year',NULL,'2020',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(998,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','6',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(999,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','6',1,'ObservationCount',NULL,'15',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1000,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','6',1,'ScanDatasetId',NULL,'2',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1001,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','6',1,'ScanImportId',NULL,'2',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1002,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetYear','6',1,'Year',NULL,'2019',0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1003,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,olien-vetten',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1004,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,vlakglas',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1005,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,kunststoffen',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1006,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,metalen',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1007,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,kga',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1008,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,aeea',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1009,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,houtafval',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1010,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,bouw-sloopafval',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1011,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,textiel',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1012,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,groenafval',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1013,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,gft',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1014,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,pmd',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1015,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,papier-karton',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1016,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,verpakkingsglas',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1017,1,'2026-12-06 00:59:36.3001126',1,'Demo Coördinator','ScanDatasetCategory','2,restafval',1,'',NULL,NULL,0,0,'F5673B5B-9FB4-47E7-B200-C54423118549');
INSERT INTO AuditEntries VALUES(1018,1,'2026-12-06 00:59:36.3423113',1,'Demo Coördinator','ScanDataset','3',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'33D4EB9D-5B15-4FA0-A97B-B00BF557E62A');
INSERT INTO AuditEntries VALUES(1019,1,'2026-12-06 00:59:36.3423113',1,'Demo Coördinator','ScanDataset','3',1,'IsIllustrative',NULL,'true',0,0,'33D4EB9D-5B15-4FA0-A97B-B00BF557E62A');
INSERT INTO AuditEntries VALUES(1020,1,'2026-12-06 00:59:36.3423113',1,'Demo Coördinator','ScanDataset','3',1,'Kind',NULL,'Co2Uitstoot',0,0,'33D4EB9D-5B15-4FA0-A97B-B00BF557E62A');
INSERT INTO AuditEntries VALUES(1021,1,'2026-12-06 00:59:36.3423113',1,'Demo Coördinator','ScanDataset','3',1,'Licence',NULL,'CC0 (fictief voorbeeld)',0,0,'33D4EB9D-5B15-4FA0-A97B-B00BF557E62A');
INSERT INTO AuditEntries VALUES(1022,1,'2026-12-06 00:59:36.3423113',1,'Demo Coördinator','ScanDataset','3',1,'Name',NULL,'CO2-uitstoot per sector (fictief voorbeeld)',0,0,'33D4EB9D-5B15-4FA0-A97B-B00BF557E62A');
INSERT INTO AuditEntries VALUES(1023,1,'2026-12-06 00:59:36.3423113',1,'Demo Coördinator','ScanDataset','3',1,'Notes',NULL,'Fictief voorbeeld: verzonnen cijfers voor de demogemeente Demostad, in de vorm van een export uit Provincies in Cijfers. Niet gebruiken als echte cijfers.',0,0,'33D4EB9D-5B15-4FA0-A97B-B00BF557E62A');
INSERT INTO AuditEntries VALUES(1024,1,'2026-12-06 00:59:36.3423113',1,'Demo Coördinator','ScanDataset','3',1,'RetrievedOn',NULL,'2026-12-06',0,0,'33D4EB9D-5B15-4FA0-A97B-B00BF557E62A');
INSERT INTO AuditEntries VALUES(1025,1,'2026-12-06 00:59:36.3423113',1,'Demo Coördinator','ScanDataset','3',1,'Scheme',NULL,'VekaCo2Sectors',0,0,'33D4EB9D-5B15-4FA0-A97B-B00BF557E62A');
INSERT INTO AuditEntries VALUES(1026,1,'2026-12-06 00:59:36.3423113',1,'Demo Coördinator','ScanDataset','3',1,'SourceName',NULL,'Circulair (fictief voorbeeld)',0,0,'33D4EB9D-5B15-4FA0-A97B-B00BF557E62A');
INSERT INTO AuditEntries VALUES(1027,1,'2026-12-06 00:59:36.3738633',1,'Demo Coördinator','ScanImport','3',1,'CompletedAt',NULL,'2026-12-06T00:59:33Z',0,0,'8B9B1E92-FFF3-45E9-8E6B-F8EFAC7B2149');
INSERT INTO AuditEntries VALUES(1028,1,'2026-12-06 00:59:36.3738633',1,'Demo Coördinator','ScanImport','3',1,'ConfirmedAt',NULL,'2026-12-06T00:59:33Z',0,0,'8B9B1E92-FFF3-45E9-8E6B-F8EFAC7B2149');
INSERT INTO AuditEntries VALUES(1029,1,'2026-12-06 00:59:36.3738633',1,'Demo Coördinator','ScanImport','3',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'8B9B1E92-FFF3-45E9-8E6B-F8EFAC7B2149');
INSERT INTO AuditEntries VALUES(1030,1,'2026-12-06 00:59:36.3738633',1,'Demo Coördinator','ScanImport','3',1,'DecimalSeparator',NULL,',',0,0,'8B9B1E92-FFF3-45E9-8E6B-F8EFAC7B2149');
INSERT INTO AuditEntries VALUES(1031,1,'2026-12-06 00:59:36.3738633',1,'Demo Coördinator','ScanImport','3',1,'Delimiter',NULL,';',0,0,'8B9B1E92-FFF3-45E9-8E6B-F8EFAC7B2149');
INSERT INTO AuditEntries VALUES(1032,1,'2026-12-06 00:59:36.3738633',1,'Demo Coördinator','ScanImport','3',1,'EncodingName',NULL,'utf-8',0,0,'8B9B1E92-FFF3-45E9-8E6B-F8EFAC7B2149');
INSERT INTO AuditEntries VALUES(1033,1,'2026-12-06 00:59:36.3738633',1,'Demo Coördinator','ScanImport','3',1,'FileKind',NULL,'Csv',0,0,'8B9B1E92-FFF3-45E9-8E6B-F8EFAC7B2149');
INSERT INTO AuditEntries VALUES(1034,1,'2026-12-06 00:59:36.3738633',1,'Demo Coördinator','ScanImport','3',1,'FileName',NULL,'co2-uitstoot-per-sector-fictief-voorbeeld.csv',0,0,'8B9B1E92-FFF3-45E9-8E6B-F8EFAC7B2149');
INSERT INTO AuditEntries VALUES(1035,1,'2026-12-06 00:59:36.3738633',1,'Demo Coördinator','ScanImport','3',1,'FileSize',NULL,'1440',0,0,'8B9B1E92-FFF3-45E9-8E6B-F8EFAC7B2149');
INSERT INTO AuditEntries VALUES(1036,1,'2026-12-06 00:59:36.3738633',1,'Demo Coördinator','ScanImport','3',1,'HeaderRow',NULL,'1',0,0,'8B9B1E92-FFF3-45E9-8E6B-F8EFAC7B2149');
INSERT INTO AuditEntries VALUES(1037,1,'2026-12-06 00:59:36.3738633',1,'Demo Coördinator','ScanImport','3',1,'ScanDatasetId',NULL,'3',0,0,'8B9B1E92-FFF3-45E9-8E6B-F8EFAC7B2149');
INSERT INTO AuditEntries VALUES(1038,1,'2026-12-06 00:59:36.3738633',1,'Demo Coördinator','ScanImport','3',1,'ThousandsSeparator',NULL,'',0,0,'8B9B1E92-FFF3-45E9-8E6B-F8EFAC7B2149');
INSERT INTO AuditEntries VALUES(1039,1,'2026-12-06 00:59:36.3738633',1,'Demo Coördinator','ScanImport','3',1,'UserId',NULL,'1',0,0,'8B9B1E92-FFF3-45E9-8E6B-F8EFAC7B2149');
INSERT INTO AuditEntries VALUES(1040,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','18',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1041,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','18',1,'ObservationCount',NULL,'6',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1042,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','18',1,'ScanDatasetId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1043,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','18',1,'ScanImportId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1044,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','18',1,'Year',NULL,'2022',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1045,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','17',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1046,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','17',1,'ObservationCount',NULL,'6',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1047,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','17',1,'ScanDatasetId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1048,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','17',1,'ScanImportId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1049,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','17',1,'Year',NULL,'2021',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1050,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','16',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1051,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','16',1,'ObservationCount',NULL,'6',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1052,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','16',1,'ScanDatasetId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1053,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','16',1,'ScanImportId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1054,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','16',1,'Year',NULL,'2020',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1055,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','15',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1056,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','15',1,'ObservationCount',NULL,'6',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1057,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','15',1,'ScanDatasetId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1058,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','15',1,'ScanImportId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1059,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','15',1,'Year',NULL,'2019',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1060,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','14',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1061,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','14',1,'ObservationCount',NULL,'6',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1062,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','14',1,'ScanDatasetId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1063,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','14',1,'ScanImportId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1064,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','14',1,'Year',NULL,'2018',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1065,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','13',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1066,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','13',1,'ObservationCount',NULL,'6',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1067,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','13',1,'ScanDatasetId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1068,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','13',1,'ScanImportId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1069,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','13',1,'Year',NULL,'2017',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1070,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','12',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1071,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','12',1,'ObservationCount',NULL,'6',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1072,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','12',1,'ScanDatasetId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1073,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','12',1,'ScanImportId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1074,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','12',1,'Year',NULL,'2016',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1075,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','11',1,'ImportedAt',NULL,'2026-12-06T00:59:33Z',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1076,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','11',1,'ObservationCount',NULL,'6',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1077,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','11',1,'ScanDatasetId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1078,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','11',1,'ScanImportId',NULL,'3',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1079,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetYear','11',1,'Year',NULL,'2015',0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1080,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetCategory','3,eigen-gebouwen-vloot',1,'',NULL,NULL,0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1081,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetCategory','3,landbouw',1,'',NULL,NULL,0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1082,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetCategory','3,transport',1,'',NULL,NULL,0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1083,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetCategory','3,industrie-niet-ets',1,'',NULL,NULL,0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1084,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetCategory','3,tertiair',1,'',NULL,NULL,0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1085,1,'2026-12-06 00:59:36.4084',1,'Demo Coördinator','ScanDatasetCategory','3,huishoudens',1,'',NULL,NULL,0,0,'32ED1E26-FC30-4B26-9340-315BC1698816');
INSERT INTO AuditEntries VALUES(1086,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','9',1,'AdoptedOpportunities',NULL,'',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1087,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','9',1,'DomainCode',NULL,'overheid',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1088,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','9',1,'InnerCirclePotential',NULL,'Circulair aankopen van meubilair en IT.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1089,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','9',1,'InnerCircleStrategies',NULL,'R1;R2',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1090,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','9',1,'IsPromising',NULL,'false',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1091,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','9',1,'Synergies',NULL,'Aankoopbeleid van de gemeente.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1092,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','8',1,'AdoptedOpportunities',NULL,'',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1093,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','8',1,'DomainCode',NULL,'ict',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1094,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','8',1,'InnerCircleStrategies',NULL,'',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1095,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','8',1,'IsPromising',NULL,'false',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1096,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','7',1,'AdoptedOpportunities',NULL,'',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1097,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','7',1,'DomainCode',NULL,'onderwijs',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1098,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','7',1,'InnerCircleStrategies',NULL,'R4',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1099,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','7',1,'IsPromising',NULL,'false',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1100,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','7',1,'SurveyFindings',NULL,'De hogeschool zoekt praktijkprojecten (fictief voorbeeld).',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1101,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','6',1,'AdoptedOpportunities',NULL,'',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1102,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','6',1,'DomainCode',NULL,'logistiek',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1103,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','6',1,'InnerCircleStrategies',NULL,'',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1104,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','6',1,'IsPromising',NULL,'false',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1105,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','5',1,'AdoptedOpportunities',NULL,'',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1106,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','5',1,'DomainCode',NULL,'andere',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1107,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','5',1,'InnerCirclePotential',NULL,'Deelwagens aan de sociale woonwijk.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1108,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','5',1,'InnerCircleStrategies',NULL,'R1',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1109,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','5',1,'IsPromising',NULL,'false',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1110,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','5',1,'Synergies',NULL,'Mobiliteitsplan.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1111,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','5',1,'Trends',NULL,'Elektrificatie van de vloot.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1112,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','4',1,'AdoptedOpportunities',NULL,'',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1113,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','4',1,'DomainCode',NULL,'industrie',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1114,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','4',1,'InnerCircleStrategies',NULL,'R5;R6',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1115,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','4',1,'IsPromising',NULL,'false',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1116,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','4',1,'SocialEconomyPotential',NULL,'2',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1117,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','4',1,'Synergies',NULL,'Ruimtelijk plan voor het bedrijventerrein.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1118,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','3',1,'AdoptedOpportunities',NULL,'',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1119,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','3',1,'DomainCode',NULL,'consumentengoederen',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1120,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','3',1,'InnerCirclePotential',NULL,'Repair café en kringwinkel bundelen; uitleendienst voor gereedschap.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1121,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','3',1,'InnerCircleStrategies',NULL,'R2;R3;R4',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1122,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','3',1,'IsPromising',NULL,'true',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1123,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','3',1,'MarkedAt',NULL,'2026-12-06T00:59:33Z',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1124,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','3',1,'PromisingReason',NULL,'Restafval is de grootste fractie en daalt te traag; veel sociale-economiepotentieel (fictief voorbeeld).',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1125,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','3',1,'SocialEconomyPotential',NULL,'5',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1126,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','3',1,'SurveyFindings',NULL,'Inwoners vragen een herstelpunt in het centrum (fictief voorbeeld).',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1127,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','3',1,'Synergies',NULL,'Lokaal materialenplan: minder restafval per inwoner.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1128,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','3',1,'Trends',NULL,'Uitgebreide producentenverantwoordelijkheid voor textiel.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1129,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','2',1,'AdoptedOpportunities',NULL,'',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1130,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','2',1,'DomainCode',NULL,'gebouwde-omgeving',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1131,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','2',1,'InnerCirclePotential',NULL,'Onderhoud en renovatie van het eigen patrimonium en van sociale woningen; een lokale materialenbank.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1132,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','2',1,'InnerCircleStrategies',NULL,'R3;R4;R5',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1133,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','2',1,'IsPromising',NULL,'true',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1134,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','2',1,'MarkedAt',NULL,'2026-12-06T00:59:33Z',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1135,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','2',1,'PromisingReason',NULL,'Veel bouwjobs (boven het Vlaamse aandeel) en veel bouw- en sloopafval; de gemeente bouwt zelf en kan circulair aanbesteden (fictief voorbeeld).',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1136,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','2',1,'SocialEconomyPotential',NULL,'4',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1137,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','2',1,'SurveyFindings',NULL,'Bouwbedrijven in de bevraging willen vaker materialen hergebruiken, maar missen een plek om ze op te slaan (fictief voorbeeld).',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1138,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','2',1,'Synergies',NULL,'Renovatiestrategie en klimaatplan van de gemeente.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1139,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','2',1,'Trends',NULL,'Strengere regels voor sloopinventarissen; meer renovatie door de klimaatdoelen.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1140,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','1',1,'AdoptedOpportunities',NULL,'',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1141,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','1',1,'DomainCode',NULL,'bio-economie',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1142,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','1',1,'InnerCirclePotential',NULL,'Overschotten herverdelen via het sociaal restaurant.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1143,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','1',1,'InnerCircleStrategies',NULL,'R2;R8',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1144,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','1',1,'IsPromising',NULL,'false',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1145,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','1',1,'SocialEconomyPotential',NULL,'3',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1146,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','1',1,'SurveyFindings',NULL,'Scholen willen minder voedselverlies in de refter (fictief voorbeeld).',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1147,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','1',1,'Synergies',NULL,'Voedselstrategie van de regio.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1148,1,'2026-12-06 00:59:36.4842231',1,'Demo Coördinator','ScanDomainAssessment','1',1,'Trends',NULL,'Gft-inzameling wordt overal verplicht.',0,0,'46952630-7197-4209-BAFD-A17C291A6DC6');
INSERT INTO AuditEntries VALUES(1149,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'DotsPerParticipant',NULL,'5',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1150,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'IdeasPerRound',NULL,'3',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1151,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'ItemSource',NULL,'AdHoc',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1152,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'Kind',NULL,'Peiling',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1153,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'MaxDotsPerItem',NULL,'3',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1154,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'Phase',NULL,'Verzamelen',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1155,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'PollType',NULL,'Schaal',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1156,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'Position',NULL,'3',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1157,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'ResultsVisible',NULL,'false',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1158,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'Round',NULL,'0',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1159,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'SheetCount',NULL,'0',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1160,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'State',NULL,'Gepland',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1161,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'Title',NULL,'Hoe tevreden ben je over deze workshop?',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1162,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','3',1,'WorkshopId',NULL,'1',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1163,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'DotsPerParticipant',NULL,'5',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1164,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'IdeasPerRound',NULL,'3',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1165,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'ItemSource',NULL,'AdHoc',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1166,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'Kind',NULL,'Brainwriting',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1167,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'MaxDotsPerItem',NULL,'3',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1168,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'Phase',NULL,'Verzamelen',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1169,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'PollType',NULL,'EenKeuze',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1170,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'Position',NULL,'2',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1171,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'ResultsVisible',NULL,'false',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1172,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'Round',NULL,'0',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1173,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'SheetCount',NULL,'0',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1174,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'State',NULL,'Gepland',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1175,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'Title',NULL,'Hoe krijgen we meer spullen hersteld?',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1176,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','2',1,'WorkshopId',NULL,'1',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1177,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopItem','3',1,'Position',NULL,'3',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1178,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopItem','3',1,'Source',NULL,'AdHoc',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1179,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopItem','3',1,'Text',NULL,'Minder voedselverlies in scholen',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1180,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopItem','3',1,'WorkshopActivityId',NULL,'1',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1181,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopItem','2',1,'Position',NULL,'2',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1182,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopItem','2',1,'Source',NULL,'AdHoc',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1183,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopItem','2',1,'Text',NULL,'Circulair aankopen bij de stad',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1184,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopItem','2',1,'WorkshopActivityId',NULL,'1',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1185,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopItem','1',1,'Position',NULL,'1',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1186,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopItem','1',1,'Source',NULL,'AdHoc',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1187,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopItem','1',1,'Text',NULL,'Herstelpunt in elke wijk',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1188,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopItem','1',1,'WorkshopActivityId',NULL,'1',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1189,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'DotsPerParticipant',NULL,'5',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1190,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'IdeasPerRound',NULL,'3',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1191,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'ItemSource',NULL,'AdHoc',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1192,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'Kind',NULL,'Stippenstemming',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1193,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'MaxDotsPerItem',NULL,'3',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1194,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'Phase',NULL,'Verzamelen',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1195,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'PollType',NULL,'EenKeuze',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1196,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'Position',NULL,'1',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1197,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'ResultsVisible',NULL,'false',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1198,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'Round',NULL,'0',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1199,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'SheetCount',NULL,'0',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1200,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'State',NULL,'Gepland',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1201,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'Title',NULL,'Welke acties pakken we eerst aan?',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1202,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','WorkshopActivity','1',1,'WorkshopId',NULL,'1',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1203,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','Workshop','1',1,'Code',NULL,'FW7T9A',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1204,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','Workshop','1',1,'CreatedAt',NULL,'2026-12-02T00:59:33Z',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1205,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','Workshop','1',1,'Status',NULL,'Voorbereiding',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1206,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','Workshop','1',1,'Title',NULL,'Stakeholderworkshop acties',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1207,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','Workshop','1',1,'TrajectoryId',NULL,'1',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1208,1,'2026-12-06 00:59:36.9009423',1,'Demo Coördinator','Workshop','1',1,'TrajectorySessionId',NULL,'4',0,0,'810DA715-1208-4A1D-ACA2-41655C61930B');
INSERT INTO AuditEntries VALUES(1209,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','WorkshopActivity','1',2,'ClosedAt',NULL,'2026-12-03T01:14:33Z',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1210,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','WorkshopActivity','1',2,'FedAt',NULL,'2026-12-03T01:14:33Z',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1211,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','WorkshopActivity','1',2,'FeedOutcome',NULL,'KeptInWorkshop',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1212,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','WorkshopActivity','1',2,'OpenedAt',NULL,'2026-12-03T01:04:33Z',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1213,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','WorkshopActivity','1',2,'ResultsVisible','false','true',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1214,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','WorkshopActivity','1',2,'State','Gepland','Gesloten',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1215,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','WorkshopActivity','2',2,'ClosedAt',NULL,'2026-12-03T01:34:33Z',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1216,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','WorkshopActivity','2',2,'FedAt',NULL,'2026-12-03T01:34:33Z',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1217,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','WorkshopActivity','2',2,'FeedOutcome',NULL,'KeptInWorkshop',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1218,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','WorkshopActivity','2',2,'OpenedAt',NULL,'2026-12-03T01:19:33Z',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1219,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','WorkshopActivity','2',2,'Round','0','1',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1220,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','WorkshopActivity','2',2,'SheetCount','0','4',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1221,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','WorkshopActivity','2',2,'State','Gepland','Gesloten',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1222,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','Workshop','1',2,'StartedAt',NULL,'2026-12-03T01:04:33Z',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1223,1,'2026-12-06 00:59:37.0567832',1,'Demo Coördinator','Workshop','1',2,'Status','Voorbereiding','Actief',0,0,'F8F5BB67-DE8C-4E1B-81B7-1D4F8839A453');
INSERT INTO AuditEntries VALUES(1224,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','3',1,'DecidedOn',NULL,'2026-11-16',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1225,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','3',1,'Decision',NULL,'LatenVallen',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1226,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','3',1,'DomainCode',NULL,'bio-economie',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1227,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','3',1,'Reason',NULL,'Niemand wilde dit domein trekken en de regio heeft al een voedselstrategie; we volgen die op in plaats van zelf te starten (fictief voorbeeld).',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1228,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','3',1,'Support',NULL,'Laag',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1229,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','3',1,'TrajectoryId',NULL,'1',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1230,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','2',1,'DecidedOn',NULL,'2026-11-16',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1231,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','2',1,'Decision',NULL,'Behouden',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1232,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','2',1,'DomainCode',NULL,'consumentengoederen',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1233,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','2',1,'Reason',NULL,'Veel energie bij repair café, kringwinkel en buurtcomités; de handelaars volgen nog af (fictief voorbeeld).',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1234,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','2',1,'Support',NULL,'Middel',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1235,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','2',1,'TrajectoryId',NULL,'1',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1236,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','1',1,'DecidedOn',NULL,'2026-11-16',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1237,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','1',1,'Decision',NULL,'Behouden',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1238,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','1',1,'DomainCode',NULL,'gebouwde-omgeving',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1239,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','1',1,'Reason',NULL,'In de sessie ''Doelen scherpstellen'' wilden bouwbedrijven, de hogeschool en de dienst patrimonium mee trekken (fictief voorbeeld).',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1240,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','1',1,'Support',NULL,'Hoog',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1241,1,'2026-12-06 00:59:37.1987016',1,'Demo Coördinator','StrategyDomain','1',1,'TrajectoryId',NULL,'1',0,0,'04B573BB-1A0C-44FD-AB12-E2153B0A2CE0');
INSERT INTO AuditEntries VALUES(1242,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','4',1,'Owner',NULL,'Klimaattafel Demostad',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1243,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','4',1,'Position',NULL,'2',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1244,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','4',1,'Statement',NULL,'Elke wijk krijgt een plek om te herstellen en te delen.',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1245,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','4',1,'StrategyDomainId',NULL,'2',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1246,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','4',1,'TrajectoryId',NULL,'1',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1247,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','3',1,'BaselineValue',NULL,'141',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1248,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','3',1,'BaselineYear',NULL,'2023',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1249,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','3',1,'Deadline',NULL,'2030-12-31',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1250,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','3',1,'Indicator',NULL,'Restafval per inwoner',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1251,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','3',1,'Owner',NULL,'Dienst Milieu en Klimaat',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1252,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','3',1,'Position',NULL,'1',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1253,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','3',1,'RealismNote',NULL,'Sluit aan op het doel van het Lokaal Materialenplan voor onze cluster (fictief voorbeeld).',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1254,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','3',1,'Statement',NULL,'Tegen 2030 daalt het restafval in Demostad tot 100 kg per inwoner per jaar.',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1255,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','3',1,'StrategyDomainId',NULL,'2',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1256,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','3',1,'TargetValue',NULL,'100',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1257,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','3',1,'TrajectoryId',NULL,'1',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1258,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','3',1,'Unit',NULL,'kg per inwoner per jaar',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1259,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','2',1,'BaselineValue',NULL,'4',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1260,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','2',1,'BaselineYear',NULL,'2024',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1261,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','2',1,'Deadline',NULL,'2030-12-31',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1262,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','2',1,'Indicator',NULL,'Hergebruikte bouwmaterialen uit stadsprojecten',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1263,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','2',1,'Owner',NULL,'Dienst Patrimonium',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1264,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','2',1,'Position',NULL,'2',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1265,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','2',1,'RealismNote',NULL,'Haalbaar als de materialenbank in 2026 opent (fictief voorbeeld).',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1266,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','2',1,'Statement',NULL,'Tegen 2030 wordt 30 % van de bouwmaterialen die vrijkomen bij stadsprojecten hergebruikt.',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1267,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','2',1,'StrategyDomainId',NULL,'1',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1268,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','2',1,'TargetValue',NULL,'30',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1269,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','2',1,'TrajectoryId',NULL,'1',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1270,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','2',1,'Unit',NULL,'% van het gewicht',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1271,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','1',1,'BaselineValue',NULL,'10',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1272,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','1',1,'BaselineYear',NULL,'2024',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1273,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','1',1,'Deadline',NULL,'2027-12-31',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1274,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','1',1,'Indicator',NULL,'Aandeel eigen bouwprojecten met circulaire gunningscriteria',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1275,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','1',1,'Owner',NULL,'Dienst Aankoop en Patrimonium',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1276,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','1',1,'Position',NULL,'1',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1277,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','1',1,'RealismNote',NULL,'Twee pilootaanbestedingen liepen al; de raamcontracten worden in 2026 vernieuwd (fictief voorbeeld).',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1278,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','1',1,'Statement',NULL,'Vanaf 2027 past Demostad circulaire principes toe in al haar nieuwbouw- en renovatieprojecten.',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1279,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','1',1,'StrategyDomainId',NULL,'1',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1280,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','1',1,'TargetValue',NULL,'100',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1281,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','1',1,'TrajectoryId',NULL,'1',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1282,1,'2026-12-06 00:59:37.2798878',1,'Demo Coördinator','StrategyGoal','1',1,'Unit',NULL,'%',0,0,'56449A84-08C3-4605-9161-BEB7DE56DACE');
INSERT INTO AuditEntries VALUES(1283,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','5',1,'Position',NULL,'1',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1284,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','5',1,'StrategyGoalId',NULL,'4',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1285,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','5',1,'Title',NULL,'Herstel- en deelpunten in de wijken',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1286,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','5',1,'TrajectoryId',NULL,'1',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1287,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','4',1,'Position',NULL,'2',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1288,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','4',1,'StrategyGoalId',NULL,'3',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1289,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','4',1,'Title',NULL,'Beter sorteren en inzamelen',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1290,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','4',1,'TrajectoryId',NULL,'1',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1291,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','3',1,'Position',NULL,'1',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1292,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','3',1,'StrategyGoalId',NULL,'3',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1293,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','3',1,'Title',NULL,'Herstellen en hergebruiken dicht bij huis',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1294,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','3',1,'TrajectoryId',NULL,'1',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1295,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','2',1,'Position',NULL,'1',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1296,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','2',1,'StrategyGoalId',NULL,'2',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1297,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','2',1,'Title',NULL,'Een materialenbank voor vrijgekomen bouwmaterialen',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1298,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','2',1,'TrajectoryId',NULL,'1',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1299,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','1',1,'Description',NULL,'Het voorbeeld uit de gids: eerst de eigen aankopen (fictief voorbeeld).',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1300,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','1',1,'Position',NULL,'1',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1301,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','1',1,'StrategyGoalId',NULL,'1',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1302,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','1',1,'Title',NULL,'Circulaire principes verankeren in aanbestedingen en gunningscriteria',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1303,1,'2026-12-06 00:59:37.3440525',1,'Demo Coördinator','ActionLine','1',1,'TrajectoryId',NULL,'1',0,0,'5D8CEDF3-E541-4A7A-9744-A9796A375686');
INSERT INTO AuditEntries VALUES(1304,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','8',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1305,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','8',1,'Number',NULL,'A08',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1306,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','8',1,'Position',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1307,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','8',1,'Priority',NULL,'Middel',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1308,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','8',1,'RatingCount',NULL,'0',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1309,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','8',1,'Size',NULL,'KleineVerbetering',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1310,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','8',1,'Status',NULL,'Idee',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1311,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','8',1,'Title',NULL,'Infoavond circulair ondernemen voor handelaars',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1312,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','8',1,'TrajectoryId',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1313,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','8',1,'UpdatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1314,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','7',1,'ActionLineId',NULL,'4',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1315,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','7',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1316,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','7',1,'Neighbours',NULL,'Voorbeeldegem',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1317,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','7',1,'Number',NULL,'A07',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1318,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','7',1,'OwnerStakeholderId',NULL,'21',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1319,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','7',1,'Position',NULL,'2',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1320,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','7',1,'Priority',NULL,'Hoog',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1321,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','7',1,'RatingCount',NULL,'0',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1322,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','7',1,'Size',NULL,'GrootProject',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1323,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','7',1,'Status',NULL,'OnHold',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1324,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','7',1,'Title',NULL,'Eigen vergistingsinstallatie voor gft',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1325,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','7',1,'TrajectoryId',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1326,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','7',1,'UpdatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1327,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'ActionLineId',NULL,'4',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1328,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1329,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'EndDate',NULL,'2026-11-06',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1330,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'Number',NULL,'A06',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1331,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'OwnerStakeholderId',NULL,'7',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1332,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'Position',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1333,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'Priority',NULL,'Middel',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1334,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'RatingCount',NULL,'0',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1335,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'Size',NULL,'KleineVerbetering',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1336,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'StartDate',NULL,'2026-06-06',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1337,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'Status',NULL,'Afgerond',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1338,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'Title',NULL,'Sorteerstraatjes in alle stadsgebouwen',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1339,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'TrajectoryId',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1340,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','6',1,'UpdatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1341,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','5',1,'ActionLineId',NULL,'3',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1342,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','5',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1343,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','5',1,'Number',NULL,'A05',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1344,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','5',1,'Position',NULL,'2',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1345,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','5',1,'Priority',NULL,'Middel',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1346,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','5',1,'RatingCount',NULL,'0',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1347,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','5',1,'Size',NULL,'KleineVerbetering',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1348,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','5',1,'Status',NULL,'Idee',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1349,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','5',1,'Title',NULL,'Uitleendienst voor gereedschap in de bibliotheek',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1350,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','5',1,'TrajectoryId',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1351,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','5',1,'UpdatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1352,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'ActionLineId',NULL,'3',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1353,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1354,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'EndDate',NULL,'2027-12-06',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1355,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'Indicator',NULL,'Aantal herstelde toestellen',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1356,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'Number',NULL,'A04',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1357,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'OwnerStakeholderId',NULL,'12',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1358,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'Position',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1359,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'Priority',NULL,'Middel',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1360,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'RatingCount',NULL,'0',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1361,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'Size',NULL,'KleineVerbetering',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1362,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'StartDate',NULL,'2027-02-06',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1363,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'Status',NULL,'Gepland',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1364,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'Title',NULL,'Repair café in elk wijkcentrum',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1365,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'TrajectoryId',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1366,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','4',1,'UpdatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1367,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'ActionLineId',NULL,'2',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1368,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1369,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'EndDate',NULL,'2028-12-06',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1370,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'Indicator',NULL,'Ton hergebruikte materialen per jaar',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1371,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'Neighbours',NULL,'Voorbeeldegem, Proefdonk',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1372,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'Number',NULL,'A03',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1373,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'OwnerStakeholderId',NULL,'13',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1374,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'Position',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1375,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'Priority',NULL,'Hoog',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1376,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'RatingCount',NULL,'0',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1377,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'Size',NULL,'GrootProject',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1378,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'StartDate',NULL,'2026-11-06',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1379,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'Status',NULL,'Lopend',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1380,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'Title',NULL,'Materialenbank op het stedelijk depot',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1381,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'TrajectoryId',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1382,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','3',1,'UpdatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1383,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'ActionLineId',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1384,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1385,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'EndDate',NULL,'2028-06-06',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1386,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'Number',NULL,'A02',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1387,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'OwnerStakeholderId',NULL,'9',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1388,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'Position',NULL,'2',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1389,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'Priority',NULL,'Hoog',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1390,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'RatingCount',NULL,'0',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1391,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'Size',NULL,'GrootProject',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1392,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'StartDate',NULL,'2027-03-06',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1393,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'Status',NULL,'Idee',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1394,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'Title',NULL,'Sloopinventaris bij elke sloop of renovatie van een stadsgebouw',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1395,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'TrajectoryId',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1396,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','2',1,'UpdatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1397,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'ActionLineId',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1398,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'CreatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1399,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'EndDate',NULL,'2027-04-06',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1400,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'Indicator',NULL,'Aantal opgeleide medewerkers',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1401,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'Number',NULL,'A01',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1402,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'OwnerStakeholderId',NULL,'5',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1403,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'Position',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1404,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'Priority',NULL,'Middel',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1405,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'RatingCount',NULL,'0',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1406,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'Size',NULL,'KleineVerbetering',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1407,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'StartDate',NULL,'2027-01-06',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1408,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'Status',NULL,'Gepland',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1409,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'Title',NULL,'Opleiding circulair aankopen voor aankopers en projectleiders',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1410,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'TrajectoryId',NULL,'1',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1411,1,'2026-12-06 00:59:37.5335933',1,'Demo Coördinator','PlannedAction','1',1,'UpdatedAt',NULL,'2026-12-06T00:59:33Z',0,0,'7D90B116-8F90-4A71-9E90-50A5D1654C54');
INSERT INTO AuditEntries VALUES(1412,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','5',1,'Deadline',NULL,'2027-01-20',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1413,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','5',1,'PlannedActionId',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1414,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','5',1,'Position',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1415,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','5',1,'Step',NULL,'Inschrijvingen openen',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1416,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','4',1,'Deadline',NULL,'2027-01-06',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1417,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','4',1,'PlannedActionId',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1418,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','4',1,'Position',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1419,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','4',1,'Resources',NULL,'0,05 FTE',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1420,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','4',1,'Step',NULL,'Programma uitwerken met de hogeschool',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1421,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','3',1,'Description',NULL,'Te weinig inschrijvingen',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1422,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','3',1,'Impact',NULL,'Middel',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1423,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','3',1,'Likelihood',NULL,'Middel',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1424,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','3',1,'Mitigation',NULL,'Samen organiseren met de buurgemeenten',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1425,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','3',1,'PlannedActionId',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1426,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','3',1,'Position',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1427,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','21',1,'Effort',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1428,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','21',1,'Impact',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1429,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','21',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1430,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','21',1,'PlannedActionId',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1431,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','21',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1432,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','21',1,'RaterKey',NULL,'workshop:demo-ws2-tafel2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1433,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','21',1,'RaterName',NULL,'Tafel 2 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1434,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','20',1,'Effort',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1435,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','20',1,'Impact',NULL,'5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1436,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','20',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1437,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','20',1,'PlannedActionId',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1438,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','20',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1439,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','20',1,'RaterKey',NULL,'workshop:demo-ws2-tafel1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1440,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','20',1,'RaterName',NULL,'Tafel 1 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1441,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','19',1,'Effort',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1442,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','19',1,'Impact',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1443,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','19',1,'Kind',NULL,'Lid',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1444,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','19',1,'PlannedActionId',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1445,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','19',1,'RatedAt',NULL,'2026-11-26T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1446,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','19',1,'RaterKey',NULL,'lid:1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1447,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','19',1,'RaterName',NULL,'Demo Coördinator',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1448,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','7',1,'PlannedActionId',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1449,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','7',1,'Position',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1450,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','7',1,'Role',NULL,'Neemt deel met eigen aankopers',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1451,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','7',1,'StakeholderId',NULL,'23',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1452,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','6',1,'PlannedActionId',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1453,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','6',1,'Position',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1454,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','6',1,'Role',NULL,'Kennispartner: geeft de opleiding',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1455,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','6',1,'StakeholderId',NULL,'17',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1456,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','5',1,'Date',NULL,'2027-04-06',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1457,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','5',1,'Description',NULL,'Evaluatie en bijsturing',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1458,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','5',1,'Done',NULL,'false',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1459,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','5',1,'PlannedActionId',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1460,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','5',1,'Position',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1461,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','4',1,'Date',NULL,'2027-02-06',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1462,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','4',1,'Description',NULL,'Eerste opleidingsdag',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1463,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','4',1,'Done',NULL,'false',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1464,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','4',1,'PlannedActionId',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1465,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','4',1,'Position',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1466,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','5',1,'Euros',NULL,'6000',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1467,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','5',1,'Fte',NULL,'0.1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1468,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','5',1,'PlannedActionId',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1469,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','5',1,'Year',NULL,'2026',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1470,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','18',1,'Effort',NULL,'5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1471,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','18',1,'Impact',NULL,'5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1472,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','18',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1473,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','18',1,'PlannedActionId',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1474,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','18',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1475,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','18',1,'RaterKey',NULL,'workshop:demo-ws2-tafel2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1476,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','18',1,'RaterName',NULL,'Tafel 2 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1477,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','17',1,'Effort',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1478,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','17',1,'Impact',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1479,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','17',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1480,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','17',1,'PlannedActionId',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1481,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','17',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1482,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','17',1,'RaterKey',NULL,'workshop:demo-ws2-tafel1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1483,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','17',1,'RaterName',NULL,'Tafel 1 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1484,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','16',1,'Effort',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1485,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','16',1,'Impact',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1486,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','16',1,'Kind',NULL,'Lid',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1487,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','16',1,'PlannedActionId',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1488,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','16',1,'RatedAt',NULL,'2026-11-26T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1489,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','16',1,'RaterKey',NULL,'lid:1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1490,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','16',1,'RaterName',NULL,'Demo Coördinator',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1491,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','3',1,'Deadline',NULL,'2027-09-06',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1492,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','3',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1493,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','3',1,'Position',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1494,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','3',1,'Step',NULL,'Afspraken met aannemers in de bestekken',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1495,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','2',1,'Deadline',NULL,'2027-05-06',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1496,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','2',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1497,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','2',1,'Position',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1498,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','2',1,'Resources',NULL,'0,2 FTE',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1499,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','2',1,'Step',NULL,'Inventarisatiesysteem (materialenpaspoort)',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1500,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','1',1,'Deadline',NULL,'2027-03-06',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1501,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','1',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1502,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','1',1,'Position',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1503,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','1',1,'Resources',NULL,'30.000 euro',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1504,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionStep','1',1,'Step',NULL,'Inrichting van de zone en rekken',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1505,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','2',1,'Description',NULL,'Opslag raakt vol',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1506,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','2',1,'Impact',NULL,'Middel',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1507,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','2',1,'Likelihood',NULL,'Laag',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1508,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','2',1,'Mitigation',NULL,'Afspraken over maximale opslagduur',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1509,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','2',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1510,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','2',1,'Position',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1511,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','1',1,'Description',NULL,'Te weinig vraag naar hergebruikte materialen',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1512,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','1',1,'Impact',NULL,'Hoog',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1513,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','1',1,'Likelihood',NULL,'Middel',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1514,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','1',1,'Mitigation',NULL,'Hergebruik als gunningscriterium in eigen bestekken (zie A01)',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1515,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','1',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1516,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRisk','1',1,'Position',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1517,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','15',1,'Effort',NULL,'5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1518,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','15',1,'Impact',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1519,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','15',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1520,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','15',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1521,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','15',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1522,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','15',1,'RaterKey',NULL,'workshop:demo-ws2-tafel2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1523,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','15',1,'RaterName',NULL,'Tafel 2 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1524,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','14',1,'Effort',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1525,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','14',1,'Impact',NULL,'5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1526,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','14',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1527,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','14',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1528,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','14',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1529,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','14',1,'RaterKey',NULL,'workshop:demo-ws2-tafel1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1530,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','14',1,'RaterName',NULL,'Tafel 1 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1531,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','13',1,'Effort',NULL,'5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1532,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','13',1,'Impact',NULL,'5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1533,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','13',1,'Kind',NULL,'Lid',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1534,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','13',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1535,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','13',1,'RatedAt',NULL,'2026-11-26T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1536,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','13',1,'RaterKey',NULL,'lid:1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1537,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','13',1,'RaterName',NULL,'Demo Coördinator',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1538,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','5',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1539,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','5',1,'Position',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1540,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','5',1,'Role',NULL,'Levert materialen aan en deelt de kosten',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1541,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','5',1,'StakeholderId',NULL,'23',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1542,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','4',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1543,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','4',1,'Position',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1544,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','4',1,'Role',NULL,'Sorteert en verkoopt kleinere materialen',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1545,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','4',1,'StakeholderId',NULL,'22',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1546,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','3',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1547,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','3',1,'Position',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1548,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','3',1,'Role',NULL,'Trekker van de uitvoering',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1549,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','3',1,'StakeholderId',NULL,'13',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1550,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','3',1,'Date',NULL,'2028-06-06',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1551,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','3',1,'Description',NULL,'Opening voor aannemers uit de regio',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1552,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','3',1,'Done',NULL,'false',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1553,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','3',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1554,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','3',1,'Position',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1555,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','2',1,'Date',NULL,'2027-06-06',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1556,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','2',1,'Description',NULL,'Opening voor stadsprojecten',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1557,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','2',1,'Done',NULL,'false',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1558,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','2',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1559,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','2',1,'Position',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1560,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','1',1,'Date',NULL,'2026-11-06',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1561,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','1',1,'Description',NULL,'Locatie op het depot goedgekeurd',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1562,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','1',1,'Done',NULL,'true',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1563,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','1',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1564,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionMilestone','1',1,'Position',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1565,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','4',1,'Euros',NULL,'60000',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1566,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','4',1,'Fte',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1567,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','4',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1568,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','4',1,'Year',NULL,'2028',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1569,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','3',1,'Euros',NULL,'80000',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1570,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','3',1,'Fte',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1571,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','3',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1572,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','3',1,'Year',NULL,'2027',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1573,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','2',1,'Euros',NULL,'45000',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1574,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','2',1,'Fte',NULL,'0.5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1575,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','2',1,'PlannedActionId',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1576,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','2',1,'Year',NULL,'2026',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1577,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','12',1,'Effort',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1578,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','12',1,'Impact',NULL,'5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1579,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','12',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1580,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','12',1,'PlannedActionId',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1581,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','12',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1582,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','12',1,'RaterKey',NULL,'workshop:demo-ws2-tafel2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1583,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','12',1,'RaterName',NULL,'Tafel 2 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1584,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','11',1,'Effort',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1585,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','11',1,'Impact',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1586,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','11',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1587,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','11',1,'PlannedActionId',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1588,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','11',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1589,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','11',1,'RaterKey',NULL,'workshop:demo-ws2-tafel1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1590,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','11',1,'RaterName',NULL,'Tafel 1 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1591,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','10',1,'Effort',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1592,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','10',1,'Impact',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1593,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','10',1,'Kind',NULL,'Lid',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1594,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','10',1,'PlannedActionId',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1595,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','10',1,'RatedAt',NULL,'2026-11-26T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1596,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','10',1,'RaterKey',NULL,'lid:1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1597,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','10',1,'RaterName',NULL,'Demo Coördinator',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1598,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','2',1,'PlannedActionId',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1599,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','2',1,'Position',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1600,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','2',1,'Role',NULL,'Onderdelen en doorverwijzing',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1601,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','2',1,'StakeholderId',NULL,'22',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1602,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','1',1,'PlannedActionId',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1603,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','1',1,'Position',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1604,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','1',1,'Role',NULL,'Vrijwilligers en materiaal',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1605,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionPartner','1',1,'StakeholderId',NULL,'12',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1606,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','1',1,'Euros',NULL,'3000',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1607,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','1',1,'Fte',NULL,'0.1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1608,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','1',1,'PlannedActionId',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1609,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionBudgetYear','1',1,'Year',NULL,'2026',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1610,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','9',1,'Effort',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1611,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','9',1,'Impact',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1612,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','9',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1613,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','9',1,'PlannedActionId',NULL,'5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1614,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','9',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1615,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','9',1,'RaterKey',NULL,'workshop:demo-ws2-tafel2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1616,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','9',1,'RaterName',NULL,'Tafel 2 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1617,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','8',1,'Effort',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1618,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','8',1,'Impact',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1619,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','8',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1620,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','8',1,'PlannedActionId',NULL,'5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1621,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','8',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1622,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','8',1,'RaterKey',NULL,'workshop:demo-ws2-tafel1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1623,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','8',1,'RaterName',NULL,'Tafel 1 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1624,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','7',1,'Effort',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1625,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','7',1,'Impact',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1626,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','7',1,'Kind',NULL,'Lid',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1627,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','7',1,'PlannedActionId',NULL,'5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1628,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','7',1,'RatedAt',NULL,'2026-11-26T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1629,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','7',1,'RaterKey',NULL,'lid:1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1630,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','7',1,'RaterName',NULL,'Demo Coördinator',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1631,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','6',1,'Effort',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1632,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','6',1,'Impact',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1633,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','6',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1634,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','6',1,'PlannedActionId',NULL,'6',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1635,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','6',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1636,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','6',1,'RaterKey',NULL,'workshop:demo-ws2-tafel2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1637,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','6',1,'RaterName',NULL,'Tafel 2 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1638,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','5',1,'Effort',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1639,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','5',1,'Impact',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1640,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','5',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1641,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','5',1,'PlannedActionId',NULL,'6',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1642,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','5',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1643,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','5',1,'RaterKey',NULL,'workshop:demo-ws2-tafel1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1644,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','5',1,'RaterName',NULL,'Tafel 1 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1645,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','4',1,'Effort',NULL,'1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1646,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','4',1,'Impact',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1647,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','4',1,'Kind',NULL,'Lid',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1648,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','4',1,'PlannedActionId',NULL,'6',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1649,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','4',1,'RatedAt',NULL,'2026-11-26T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1650,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','4',1,'RaterKey',NULL,'lid:1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1651,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','4',1,'RaterName',NULL,'Demo Coördinator',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1652,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','3',1,'Effort',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1653,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','3',1,'Impact',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1654,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','3',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1655,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','3',1,'PlannedActionId',NULL,'7',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1656,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','3',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1657,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','3',1,'RaterKey',NULL,'workshop:demo-ws2-tafel2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1658,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','3',1,'RaterName',NULL,'Tafel 2 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1659,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','2',1,'Effort',NULL,'5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1660,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','2',1,'Impact',NULL,'2',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1661,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','2',1,'Kind',NULL,'Workshop',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1662,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','2',1,'PlannedActionId',NULL,'7',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1663,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','2',1,'RatedAt',NULL,'2026-11-27T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1664,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','2',1,'RaterKey',NULL,'workshop:demo-ws2-tafel1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1665,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','2',1,'RaterName',NULL,'Tafel 1 (workshop ''Van doelen naar acties'')',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1666,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','1',1,'Effort',NULL,'5',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1667,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','1',1,'Impact',NULL,'3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1668,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','1',1,'Kind',NULL,'Lid',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1669,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','1',1,'PlannedActionId',NULL,'7',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1670,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','1',1,'RatedAt',NULL,'2026-11-26T00:59:33Z',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1671,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','1',1,'RaterKey',NULL,'lid:1',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1672,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','ActionRating','1',1,'RaterName',NULL,'Demo Coördinator',1,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1673,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','5',2,'EffortMean',NULL,'1.6666666666666667',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1674,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','5',2,'ImpactMean',NULL,'2.3333333333333335',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1675,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','5',2,'RatingCount','0','3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1676,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','6',2,'EffortMean',NULL,'1.3333333333333333',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1677,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','6',2,'ImpactMean',NULL,'1.6666666666666667',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1678,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','6',2,'RatingCount','0','3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1679,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','7',2,'EffortMean',NULL,'4.666666666666667',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1680,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','7',2,'ImpactMean',NULL,'2.3333333333333335',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1681,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','7',2,'RatingCount','0','3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1682,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','4',2,'Description',NULL,'Elke maand een repair café in een ander wijkcentrum, met vrijwilligers van Repair Café Demostad (fictief voorbeeld).',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1683,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','4',2,'EffortMean',NULL,'1.6666666666666667',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1684,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','4',2,'FirstSteps',NULL,'Wijkcentra en data vastleggen.',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1685,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','4',2,'ImpactMean',NULL,'4.333333333333333',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1686,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','4',2,'RatingCount','0','3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1687,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','3',2,'Description',NULL,'Een afgebakende zone op het stedelijk depot waar herbruikbare materialen uit stadsprojecten worden opgeslagen, geïnventariseerd en opnieuw ingezet (fictief voorbeeld).',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1688,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','3',2,'DesiredResults',NULL,'Vanaf 2027 gaat elk jaar minstens 200 ton bouwmaterialen een tweede leven in.',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1689,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','3',2,'EffortMean',NULL,'4.666666666666667',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1690,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','3',2,'FirstSteps',NULL,'Beheerder aanstellen en de eerste sloopproject-inventaris koppelen aan de materialenbank.',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1691,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','3',2,'ImpactMean',NULL,'4.666666666666667',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1692,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','3',2,'PreconditionsLegal',NULL,'Afspraken over aansprakelijkheid en kwaliteitsattesten voor hergebruikte materialen.',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1693,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','3',2,'PreconditionsOrganisational',NULL,'Een vaste beheerder, gedeeld met de buurgemeenten.',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1694,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','3',2,'PreconditionsSpatial',NULL,'Ruimte op het depot, bereikbaar voor vrachtwagens.',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1695,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','3',2,'PreconditionsTechnical',NULL,'Een overdekte, droge opslag en een eenvoudig systeem om materialen te registreren.',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1696,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','3',2,'RatingCount','0','3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1697,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','2',2,'EffortMean',NULL,'4.333333333333333',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1698,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','2',2,'ImpactMean',NULL,'4',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1699,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','2',2,'RatingCount','0','3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1700,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','1',2,'Description',NULL,'Een opleiding van twee halve dagen over circulaire criteria in bestekken, met oefeningen op de eigen raamcontracten (fictief voorbeeld).',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1701,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','1',2,'DesiredResults',NULL,'Alle aankopers en projectleiders kennen de circulaire criteria en gebruiken ze in hun volgende bestek.',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1702,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','1',2,'EffortMean',NULL,'1.6666666666666667',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1703,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','1',2,'FirstSteps',NULL,'Datum vastleggen met de hogeschool en de uitnodiging via het intranet versturen.',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1704,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','1',2,'ImpactMean',NULL,'4.333333333333333',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1705,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','1',2,'PreconditionsOrganisational',NULL,'De diensthoofden geven hun medewerkers tijd om deel te nemen.',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1706,1,'2026-12-06 00:59:37.7746872',1,'Demo Coördinator','PlannedAction','1',2,'RatingCount','0','3',0,0,'3E65E5D1-53AE-438B-A706-110E6A5648D8');
INSERT INTO AuditEntries VALUES(1707,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','5',1,'ContributedBy',NULL,'Klimaattafel',1,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1708,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','5',1,'CreatedAt',NULL,'2026-11-22T00:59:33Z',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1709,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','5',1,'StrategyDomainId',NULL,'2',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1710,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','5',1,'Technique',NULL,'Eigen',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1711,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','5',1,'TechniqueName',NULL,'Wandeling',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1712,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','5',1,'Title',NULL,'Wandeling langs circulaire plekken in de stad',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1713,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','5',1,'TrajectoryId',NULL,'1',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1714,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','5',1,'Votes',NULL,'2',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1715,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','4',1,'ContributedBy',NULL,'Kernteam',1,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1716,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','4',1,'CreatedAt',NULL,'2026-11-22T00:59:33Z',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1717,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','4',1,'StrategyDomainId',NULL,'1',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1718,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','4',1,'StrategyGoalId',NULL,'2',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1719,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','4',1,'Technique',NULL,'Analogiedenken',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1720,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','4',1,'Title',NULL,'Hergebruikte bakstenen in het nieuwe jeugdhuis, zoals een materialenbank elders deed',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1721,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','4',1,'TrajectoryId',NULL,'1',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1722,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','4',1,'Votes',NULL,'6',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1723,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','3',1,'ContributedBy',NULL,'Tafel 3',1,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1724,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','3',1,'CreatedAt',NULL,'2026-11-22T00:59:33Z',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1725,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','3',1,'Technique',NULL,'WorldCafe',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1726,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','3',1,'Title',NULL,'Infoavond circulair ondernemen voor handelaars',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1727,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','3',1,'TrajectoryId',NULL,'1',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1728,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','3',1,'Votes',NULL,'5',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1729,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','2',1,'ContributedBy',NULL,'Tafel 1',1,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1730,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','2',1,'CreatedAt',NULL,'2026-11-22T00:59:33Z',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1731,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','2',1,'StrategyDomainId',NULL,'2',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1732,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','2',1,'StrategyGoalId',NULL,'3',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1733,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','2',1,'Technique',NULL,'Brainwriting',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1734,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','2',1,'Title',NULL,'Repair café dat langs de wijkcentra trekt',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1735,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','2',1,'TrajectoryId',NULL,'1',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1736,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','2',1,'Votes',NULL,'9',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1737,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','1',1,'ContributedBy',NULL,'Tafel 2',1,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1738,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','1',1,'CreatedAt',NULL,'2026-11-22T00:59:33Z',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1739,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','1',1,'StrategyDomainId',NULL,'2',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1740,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','1',1,'StrategyGoalId',NULL,'4',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1741,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','1',1,'Technique',NULL,'HoeKunnenWe',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1742,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','1',1,'Title',NULL,'Deelkast met gereedschap in elke wijk',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1743,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','1',1,'TrajectoryId',NULL,'1',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1744,1,'2026-12-06 00:59:37.9252063',1,'Demo Coördinator','StrategyIdea','1',1,'Votes',NULL,'7',0,0,'D62D35AD-9B74-4025-9B7D-A6C74A413B03');
INSERT INTO AuditEntries VALUES(1745,1,'2026-12-06 00:59:37.9845621',1,'Demo Coördinator','StrategyIdea','6',1,'BuildsOnIdeaId',NULL,'2',0,0,'FC3AC47F-03E5-40D4-938A-DB48EBD68E67');
INSERT INTO AuditEntries VALUES(1746,1,'2026-12-06 00:59:37.9845621',1,'Demo Coördinator','StrategyIdea','6',1,'ContributedBy',NULL,'Tafel 1',1,0,'FC3AC47F-03E5-40D4-938A-DB48EBD68E67');
INSERT INTO AuditEntries VALUES(1747,1,'2026-12-06 00:59:37.9845621',1,'Demo Coördinator','StrategyIdea','6',1,'CreatedAt',NULL,'2026-11-22T00:59:33Z',0,0,'FC3AC47F-03E5-40D4-938A-DB48EBD68E67');
INSERT INTO AuditEntries VALUES(1748,1,'2026-12-06 00:59:37.9845621',1,'Demo Coördinator','StrategyIdea','6',1,'StrategyDomainId',NULL,'2',0,0,'FC3AC47F-03E5-40D4-938A-DB48EBD68E67');
INSERT INTO AuditEntries VALUES(1749,1,'2026-12-06 00:59:37.9845621',1,'Demo Coördinator','StrategyIdea','6',1,'StrategyGoalId',NULL,'3',0,0,'FC3AC47F-03E5-40D4-938A-DB48EBD68E67');
INSERT INTO AuditEntries VALUES(1750,1,'2026-12-06 00:59:37.9845621',1,'Demo Coördinator','StrategyIdea','6',1,'Technique',NULL,'Brainwriting',0,0,'FC3AC47F-03E5-40D4-938A-DB48EBD68E67');
INSERT INTO AuditEntries VALUES(1751,1,'2026-12-06 00:59:37.9845621',1,'Demo Coördinator','StrategyIdea','6',1,'Title',NULL,'Repair café ook voor fietsen, met de fietsersbond',0,0,'FC3AC47F-03E5-40D4-938A-DB48EBD68E67');
INSERT INTO AuditEntries VALUES(1752,1,'2026-12-06 00:59:37.9845621',1,'Demo Coördinator','StrategyIdea','6',1,'TrajectoryId',NULL,'1',0,0,'FC3AC47F-03E5-40D4-938A-DB48EBD68E67');
INSERT INTO AuditEntries VALUES(1753,1,'2026-12-06 00:59:37.9845621',1,'Demo Coördinator','StrategyIdea','6',1,'Votes',NULL,'3',0,0,'FC3AC47F-03E5-40D4-938A-DB48EBD68E67');
INSERT INTO AuditEntries VALUES(1754,1,'2026-12-06 00:59:37.9845621',1,'Demo Coördinator','StrategyIdea','3',2,'PromotedActionId',NULL,'8',0,0,'FC3AC47F-03E5-40D4-938A-DB48EBD68E67');
CREATE TABLE IF NOT EXISTS "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);
INSERT INTO DataProtectionKeys VALUES(1,'key-2f43f198-56e6-4f81-a293-70b031c748e7','<key id="2f43f198-56e6-4f81-a293-70b031c748e7" version="1"><creationDate>2026-12-06T00:59:38.0647168Z</creationDate><activationDate>2026-12-06T00:59:38.0647168Z</activationDate><expirationDate>2027-03-06T00:59:38.0647168Z</expirationDate><descriptor deserializerType="Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection, Version=10.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60"><descriptor><encryption algorithm="AES_256_CBC" /><validation algorithm="HMACSHA256" /><masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dataProtection"><!-- Warning: the key below is in an unencrypted form. --><value>BjrY9v0ZbdqfeHA2eYYB44PDpcA83V5nZnM6gNVL9cY6O81eANCbl9jDRXwKLoSCWwJjVkotRcXWcboGTx1uKA==</value></masterKey></descriptor></descriptor></key>');
CREATE TABLE IF NOT EXISTS "Organisations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Type" INTEGER NOT NULL,
    "ParentId" INTEGER NULL,
    "NisCode" TEXT NULL,
    "Province" TEXT NULL,
    "Population" INTEGER NULL,
    "PopulationYear" INTEGER NULL,
    "ResidualWasteCluster" TEXT NULL,
    "ResidualWasteTarget2030" REAL NULL,
    "IsDemo" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "DataVersion" INTEGER NOT NULL,
    CONSTRAINT "FK_Organisations_Organisations_ParentId" FOREIGN KEY ("ParentId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);
INSERT INTO Organisations VALUES(1,'Demostad (voorbeeld)','demostad',1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,1,'2026-12-06 00:59:33.1674824',40);
CREATE TABLE IF NOT EXISTS "ScanObservations" (
    "ScanDatasetId" INTEGER NOT NULL,
    "AreaCode" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "CategoryCode" TEXT NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    "Value" REAL NOT NULL,
    "Unit" TEXT NOT NULL,
    CONSTRAINT "PK_ScanObservations" PRIMARY KEY ("ScanDatasetId", "AreaCode", "Year", "CategoryCode")
) WITHOUT ROWID;
INSERT INTO ScanObservations VALUES(1,'00000',2019,'01',1,427.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'10',1,1350.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'16',1,177.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'22',1,232.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'25',1,582.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'28',1,528.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'33',1,150.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'38',1,207.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'41',1,949.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'42',1,496.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'43',1,1473.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'45',1,430.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'46',1,1230.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'47',1,1840.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'49',1,782.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'52',1,650.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'56',1,780.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'62',1,404.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'68',1,145.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'71',1,362.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'77',1,91.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'81',1,560.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'84',1,1132.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'85',1,1598.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'86',1,1430.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'87',1,915.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'88',1,1200.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2019,'95',1,59.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'01',1,425.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'10',1,1350.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'16',1,178.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'22',1,234.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'25',1,589.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'28',1,526.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'33',1,150.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'38',1,208.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'41',1,957.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'42',1,502.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'43',1,1468.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'45',1,430.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'46',1,1235.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'47',1,1855.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'49',1,791.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'52',1,648.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'56',1,780.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'62',1,405.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'68',1,146.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'71',1,367.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'77',1,91.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'81',1,560.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'84',1,1136.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'85',1,1611.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'86',1,1447.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'87',1,911.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'88',1,1200.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2020,'95',1,59.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'01',1,423.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'10',1,1350.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'16',1,179.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'22',1,236.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'25',1,596.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'28',1,524.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'33',1,150.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'38',1,208.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'41',1,965.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'42',1,508.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'43',1,1462.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'45',1,430.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'46',1,1240.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'47',1,1870.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'49',1,801.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'52',1,645.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'56',1,780.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'62',1,407.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'68',1,148.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'71',1,371.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'77',1,91.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'81',1,560.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'84',1,1141.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'85',1,1624.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'86',1,1465.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'87',1,907.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'88',1,1200.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2021,'95',1,60.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'01',1,422.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'10',1,1350.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'16',1,179.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'22',1,238.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'25',1,603.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'28',1,522.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'33',1,150.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'38',1,209.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'41',1,972.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'42',1,514.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'43',1,1456.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'45',1,430.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'46',1,1245.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'47',1,1885.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'49',1,810.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'52',1,643.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'56',1,780.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'62',1,408.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'68',1,149.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'71',1,375.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'77',1,90.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'81',1,560.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'84',1,1145.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'85',1,1637.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'86',1,1482.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'87',1,904.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'88',1,1200.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2022,'95',1,60.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'01',1,420.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'10',1,1350.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'16',1,180.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'22',1,240.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'25',1,610.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'28',1,520.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'33',1,150.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'38',1,210.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'41',1,980.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'42',1,520.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'43',1,1450.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'45',1,430.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'46',1,1250.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'47',1,1900.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'49',1,820.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'52',1,640.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'56',1,780.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'62',1,410.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'68',1,150.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'71',1,380.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'77',1,90.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'81',1,560.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'84',1,1150.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'85',1,1650.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'86',1,1500.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'87',1,900.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'88',1,1200.0,'banen');
INSERT INTO ScanObservations VALUES(1,'00000',2023,'95',1,60.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'01',1,27338.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'10',1,60534.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'16',1,8787.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'22',1,17574.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'25',1,43936.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'28',1,29291.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'33',1,11716.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'38',1,13669.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'41',1,58581.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'42',1,24409.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'43',1,107399.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'45',1,39054.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'46',1,156217.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'47',1,185508.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'49',1,73227.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'52',1,58581.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'56',1,87872.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'62',1,68345.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'68',1,14645.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'71',1,43936.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'77',1,11716.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'81',1,78108.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'84',1,146453.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'85',1,224562.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'86',1,195271.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'87',1,92754.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'88',1,126926.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2019,'95',1,4882.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'01',1,27502.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'10',1,60897.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'16',1,8840.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'22',1,17680.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'25',1,44200.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'28',1,29466.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'33',1,11787.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'38',1,13751.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'41',1,58933.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'42',1,24555.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'43',1,108044.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'45',1,39289.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'46',1,157154.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'47',1,186621.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'49',1,73666.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'52',1,58933.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'56',1,88399.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'62',1,68755.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'68',1,14733.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'71',1,44200.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'77',1,11787.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'81',1,78577.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'84',1,147332.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'85',1,225909.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'86',1,196443.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'87',1,93310.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'88',1,127688.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2020,'95',1,4911.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'01',1,27667.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'10',1,61263.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'16',1,8893.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'22',1,17786.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'25',1,44465.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'28',1,29643.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'33',1,11857.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'38',1,13833.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'41',1,59286.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'42',1,24703.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'43',1,108692.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'45',1,39524.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'46',1,158097.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'47',1,187740.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'49',1,74108.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'52',1,59286.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'56',1,88930.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'62',1,69167.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'68',1,14822.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'71',1,44465.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'77',1,11857.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'81',1,79049.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'84',1,148216.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'85',1,227265.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'86',1,197621.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'87',1,93870.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'88',1,128454.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2021,'95',1,4941.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'01',1,27833.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'10',1,61630.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'16',1,8946.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'22',1,17893.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'25',1,44732.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'28',1,29821.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'33',1,11928.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'38',1,13917.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'41',1,59642.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'42',1,24851.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'43',1,109344.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'45',1,39761.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'46',1,159046.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'47',1,188867.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'49',1,74553.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'52',1,59642.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'56',1,89463.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'62',1,69583.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'68',1,14911.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'71',1,44732.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'77',1,11928.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'81',1,79523.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'84',1,149105.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'85',1,228628.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'86',1,198807.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'87',1,94433.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'88',1,129225.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2022,'95',1,4970.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'01',1,28000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'10',1,62000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'16',1,9000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'22',1,18000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'25',1,45000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'28',1,30000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'33',1,12000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'38',1,14000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'41',1,60000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'42',1,25000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'43',1,110000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'45',1,40000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'46',1,160000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'47',1,190000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'49',1,75000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'52',1,60000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'56',1,90000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'62',1,70000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'68',1,15000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'71',1,45000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'77',1,12000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'81',1,80000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'84',1,150000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'85',1,230000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'86',1,200000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'87',1,95000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'88',1,130000.0,'banen');
INSERT INTO ScanObservations VALUES(1,'02000',2023,'95',1,5000.0,'banen');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'aeea',1,437.19999999999998863,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'bouw-sloopafval',1,3600.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'gft',1,3400.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'groenafval',1,4036.099999999999909,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'houtafval',1,1825.900000000000091,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'kga',1,95.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'kunststoffen',1,322.69999999999998863,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'metalen',1,365.19999999999998862,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'olien-vetten',1,38.399999999999998578,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'papier-karton',1,2786.8000000000001819,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'pmd',1,884.89999999999997722,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'restafval',1,7681.1000000000003639,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'textiel',1,364.39999999999997727,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'verpakkingsglas',1,1500.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2019,'vlakglas',1,60.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'aeea',1,432.89999999999997726,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'bouw-sloopafval',1,3600.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'gft',1,3400.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'groenafval',1,4076.4999999999999998,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'houtafval',1,1844.099999999999909,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'kga',1,95.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'kunststoffen',1,319.49999999999999999,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'metalen',1,368.80000000000001136,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'olien-vetten',1,38.799999999999997157,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'papier-karton',1,2814.6999999999998182,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'pmd',1,876.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'restafval',1,7450.6000000000003639,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'textiel',1,360.69999999999998862,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'verpakkingsglas',1,1500.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2020,'vlakglas',1,60.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'aeea',1,428.49999999999999998,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'bouw-sloopafval',1,3600.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'gft',1,3400.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'groenafval',1,4117.1999999999998182,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'houtafval',1,1862.599999999999909,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'kga',1,95.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'kunststoffen',1,316.30000000000001137,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'metalen',1,372.49999999999999999,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'olien-vetten',1,39.200000000000002841,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'papier-karton',1,2842.900000000000091,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'pmd',1,867.29999999999995456,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'restafval',1,7227.1000000000003636,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'textiel',1,357.10000000000002274,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'verpakkingsglas',1,1500.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2021,'vlakglas',1,60.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'aeea',1,424.19999999999998862,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'bouw-sloopafval',1,3600.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'gft',1,3400.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'groenafval',1,4158.3999999999996361,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'houtafval',1,1881.2000000000000454,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'kga',1,95.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'kunststoffen',1,313.10000000000002273,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'metalen',1,376.19999999999998864,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'olien-vetten',1,39.600000000000001421,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'papier-karton',1,2871.3000000000001819,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'pmd',1,858.60000000000002273,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'restafval',1,7010.3000000000001818,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'textiel',1,353.5,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'verpakkingsglas',1,1500.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2022,'vlakglas',1,60.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'aeea',1,420.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'bouw-sloopafval',1,3600.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'gft',1,3400.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'groenafval',1,4200.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'houtafval',1,1900.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'kga',1,95.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'kunststoffen',1,310.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'metalen',1,380.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'olien-vetten',1,40.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'papier-karton',1,2900.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'pmd',1,850.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'restafval',1,6800.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'textiel',1,350.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'verpakkingsglas',1,1500.0,'ton');
INSERT INTO ScanObservations VALUES(2,'00000',2023,'vlakglas',1,60.0,'ton');
INSERT INTO ScanObservations VALUES(3,'00000',2015,'eigen-gebouwen-vloot',1,3571.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2015,'huishoudens',1,112887.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2015,'industrie-niet-ets',1,70266.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2015,'landbouw',1,24190.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2015,'tertiair',1,52988.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2015,'transport',1,101368.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2016,'eigen-gebouwen-vloot',1,3499.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2016,'huishoudens',1,110629.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2016,'industrie-niet-ets',1,68861.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2016,'landbouw',1,23706.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2016,'tertiair',1,51928.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2016,'transport',1,99340.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2017,'eigen-gebouwen-vloot',1,3430.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2017,'huishoudens',1,108417.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2017,'industrie-niet-ets',1,67484.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2017,'landbouw',1,23232.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2017,'tertiair',1,50889.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2017,'transport',1,97354.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2018,'eigen-gebouwen-vloot',1,3361.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2018,'huishoudens',1,106248.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2018,'industrie-niet-ets',1,66134.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2018,'landbouw',1,22767.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2018,'tertiair',1,49872.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2018,'transport',1,95407.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2019,'eigen-gebouwen-vloot',1,3294.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2019,'huishoudens',1,104123.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2019,'industrie-niet-ets',1,64811.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2019,'landbouw',1,22312.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2019,'tertiair',1,48874.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2019,'transport',1,93498.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2020,'eigen-gebouwen-vloot',1,3228.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2020,'huishoudens',1,102041.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2020,'industrie-niet-ets',1,63515.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2020,'landbouw',1,21866.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2020,'tertiair',1,47897.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2020,'transport',1,91628.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2021,'eigen-gebouwen-vloot',1,3163.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2021,'huishoudens',1,100000.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2021,'industrie-niet-ets',1,62245.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2021,'landbouw',1,21429.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2021,'tertiair',1,46939.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2021,'transport',1,89796.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2022,'eigen-gebouwen-vloot',1,3100.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2022,'huishoudens',1,98000.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2022,'industrie-niet-ets',1,61000.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2022,'landbouw',1,21000.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2022,'tertiair',1,46000.0,'ton CO2');
INSERT INTO ScanObservations VALUES(3,'00000',2022,'transport',1,88000.0,'ton CO2');
CREATE TABLE IF NOT EXISTS "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" INTEGER NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" INTEGER NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" INTEGER NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserRoles" (
    "UserId" INTEGER NOT NULL,
    "RoleId" INTEGER NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "AspNetUserTokens" (
    "UserId" INTEGER NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "CustomStakeholderGroups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CustomStakeholderGroups" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "NameKey" TEXT NOT NULL,
    CONSTRAINT "FK_CustomStakeholderGroups_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);
INSERT INTO CustomStakeholderGroups VALUES(1,1,'Scholen','scholen');
CREATE TABLE IF NOT EXISTS "Invitations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Invitations" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "Email" TEXT NOT NULL,
    "Role" INTEGER NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "InvitedByUserId" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "AcceptedAt" TEXT NULL,
    "AcceptedByUserId" INTEGER NULL,
    "RevokedAt" TEXT NULL,
    CONSTRAINT "FK_Invitations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "Memberships" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Memberships" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "UserId" INTEGER NOT NULL,
    "Role" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Memberships_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Memberships_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);
INSERT INTO Memberships VALUES(1,1,1,4,'2026-12-06 00:59:33.1674824');
CREATE TABLE IF NOT EXISTS "ScanCategoryMappings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScanCategoryMappings" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "Scheme" INTEGER NOT NULL,
    "SourceCode" TEXT NOT NULL,
    "TargetCode" TEXT NOT NULL,
    CONSTRAINT "FK_ScanCategoryMappings_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "ScanDatasets" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScanDatasets" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Scheme" INTEGER NOT NULL,
    "SourceName" TEXT NOT NULL,
    "SourceUrl" TEXT NULL,
    "Licence" TEXT NULL,
    "RetrievedOn" TEXT NULL,
    "Notes" TEXT NULL,
    "IsIllustrative" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ObservationCount" INTEGER NOT NULL,
    "FirstYear" INTEGER NULL,
    "LastYear" INTEGER NULL,
    "UpdatedAt" TEXT NULL,
    CONSTRAINT "FK_ScanDatasets_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);
INSERT INTO ScanDatasets VALUES(1,1,'Tewerkstelling per sector (fictief voorbeeld)',1,1,'Circulair (fictief voorbeeld)',NULL,'CC0 (fictief voorbeeld)','2026-12-06','Fictief voorbeeld: verzonnen cijfers voor de demogemeente Demostad, in de vorm van een export uit Provincies in Cijfers. Niet gebruiken als echte cijfers.',1,'2026-12-06 00:59:33.1674824',280,2019,2023,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasets VALUES(2,1,'Huishoudelijk afval per fractie (fictief voorbeeld)',3,3,'Circulair (fictief voorbeeld)',NULL,'CC0 (fictief voorbeeld)','2026-12-06','Fictief voorbeeld: verzonnen cijfers voor de demogemeente Demostad, in de vorm van een export uit Provincies in Cijfers. Niet gebruiken als echte cijfers.',1,'2026-12-06 00:59:33.1674824',75,2019,2023,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasets VALUES(3,1,'CO2-uitstoot per sector (fictief voorbeeld)',4,4,'Circulair (fictief voorbeeld)',NULL,'CC0 (fictief voorbeeld)','2026-12-06','Fictief voorbeeld: verzonnen cijfers voor de demogemeente Demostad, in de vorm van een export uit Provincies in Cijfers. Niet gebruiken als echte cijfers.',1,'2026-12-06 00:59:33.1674824',48,2015,2022,'2026-12-06 00:59:33.1674824');
CREATE TABLE IF NOT EXISTS "ScanDomainAssessments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScanDomainAssessments" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "DomainCode" TEXT NOT NULL,
    "SurveyFindings" TEXT NULL,
    "InnerCircleStrategies" TEXT NOT NULL,
    "InnerCirclePotential" TEXT NULL,
    "SocialEconomyPotential" INTEGER NULL,
    "Trends" TEXT NULL,
    "Synergies" TEXT NULL,
    "Notes" TEXT NULL,
    "AdoptedOpportunities" TEXT NOT NULL,
    "IsPromising" INTEGER NOT NULL,
    "PromisingReason" TEXT NULL,
    "MarkedAt" TEXT NULL,
    CONSTRAINT "FK_ScanDomainAssessments_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);
INSERT INTO ScanDomainAssessments VALUES(1,1,'bio-economie','Scholen willen minder voedselverlies in de refter (fictief voorbeeld).','R2;R8','Overschotten herverdelen via het sociaal restaurant.',3,'Gft-inzameling wordt overal verplicht.','Voedselstrategie van de regio.',NULL,'',0,NULL,NULL);
INSERT INTO ScanDomainAssessments VALUES(2,1,'gebouwde-omgeving','Bouwbedrijven in de bevraging willen vaker materialen hergebruiken, maar missen een plek om ze op te slaan (fictief voorbeeld).','R3;R4;R5','Onderhoud en renovatie van het eigen patrimonium en van sociale woningen; een lokale materialenbank.',4,'Strengere regels voor sloopinventarissen; meer renovatie door de klimaatdoelen.','Renovatiestrategie en klimaatplan van de gemeente.',NULL,'',1,'Veel bouwjobs (boven het Vlaamse aandeel) en veel bouw- en sloopafval; de gemeente bouwt zelf en kan circulair aanbesteden (fictief voorbeeld).','2026-12-06 00:59:33.1674824');
INSERT INTO ScanDomainAssessments VALUES(3,1,'consumentengoederen','Inwoners vragen een herstelpunt in het centrum (fictief voorbeeld).','R2;R3;R4','Repair café en kringwinkel bundelen; uitleendienst voor gereedschap.',5,'Uitgebreide producentenverantwoordelijkheid voor textiel.','Lokaal materialenplan: minder restafval per inwoner.',NULL,'',1,'Restafval is de grootste fractie en daalt te traag; veel sociale-economiepotentieel (fictief voorbeeld).','2026-12-06 00:59:33.1674824');
INSERT INTO ScanDomainAssessments VALUES(4,1,'industrie',NULL,'R5;R6',NULL,2,NULL,'Ruimtelijk plan voor het bedrijventerrein.',NULL,'',0,NULL,NULL);
INSERT INTO ScanDomainAssessments VALUES(5,1,'andere',NULL,'R1','Deelwagens aan de sociale woonwijk.',NULL,'Elektrificatie van de vloot.','Mobiliteitsplan.',NULL,'',0,NULL,NULL);
INSERT INTO ScanDomainAssessments VALUES(6,1,'logistiek',NULL,'',NULL,NULL,NULL,NULL,NULL,'',0,NULL,NULL);
INSERT INTO ScanDomainAssessments VALUES(7,1,'onderwijs','De hogeschool zoekt praktijkprojecten (fictief voorbeeld).','R4',NULL,NULL,NULL,NULL,NULL,'',0,NULL,NULL);
INSERT INTO ScanDomainAssessments VALUES(8,1,'ict',NULL,'',NULL,NULL,NULL,NULL,NULL,'',0,NULL,NULL);
INSERT INTO ScanDomainAssessments VALUES(9,1,'overheid',NULL,'R1;R2','Circulair aankopen van meubilair en IT.',NULL,NULL,'Aankoopbeleid van de gemeente.',NULL,'',0,NULL,NULL);
CREATE TABLE IF NOT EXISTS "ScanDomainMappings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScanDomainMappings" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "Scheme" INTEGER NOT NULL,
    "CategoryCode" TEXT NOT NULL,
    "DomainCodes" TEXT NOT NULL,
    CONSTRAINT "FK_ScanDomainMappings_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "ScanPopulations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScanPopulations" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Population" INTEGER NOT NULL,
    CONSTRAINT "FK_ScanPopulations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);
INSERT INTO ScanPopulations VALUES(1,1,2019,47210);
INSERT INTO ScanPopulations VALUES(2,1,2020,47480);
INSERT INTO ScanPopulations VALUES(3,1,2021,47690);
INSERT INTO ScanPopulations VALUES(4,1,2022,48020);
INSERT INTO ScanPopulations VALUES(5,1,2023,48350);
CREATE TABLE IF NOT EXISTS "ScanProfiles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScanProfiles" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "OwnAreaCodes" TEXT NOT NULL,
    "BenchmarkAreaCodes" TEXT NOT NULL,
    "JobsWeight" REAL NOT NULL,
    "SpecialisationWeight" REAL NOT NULL,
    "AddedValueWeight" REAL NOT NULL,
    "WasteWeight" REAL NOT NULL,
    "Co2Weight" REAL NOT NULL,
    "EmploymentDatasetId" INTEGER NULL,
    "AddedValueDatasetId" INTEGER NULL,
    "WasteDatasetId" INTEGER NULL,
    "Co2DatasetId" INTEGER NULL,
    CONSTRAINT "FK_ScanProfiles_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);
INSERT INTO ScanProfiles VALUES(1,1,'00000','',3.0,2.0,1.0,2.0,2.0,NULL,NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "ScanSourceMappings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScanSourceMappings" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "SourceKey" TEXT NOT NULL,
    "Scheme" INTEGER NOT NULL,
    "MappingJson" TEXT NOT NULL,
    "EncodingName" TEXT NULL,
    "Delimiter" TEXT NULL,
    "DecimalSeparator" TEXT NULL,
    "ThousandsSeparator" TEXT NULL,
    CONSTRAINT "FK_ScanSourceMappings_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "Trajectories" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Trajectories" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "PeriodStartYear" INTEGER NULL,
    "PeriodEndYear" INTEGER NULL,
    "Status" INTEGER NOT NULL,
    "StartDate" TEXT NULL,
    "PlannedEndDate" TEXT NULL,
    CONSTRAINT "FK_Trajectories_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);
INSERT INTO Trajectories VALUES(1,1,'Circulair 2030',2025,2030,2,'2026-11-01','2027-04-01');
CREATE TABLE IF NOT EXISTS "Stakeholders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Stakeholders" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "NameKey" TEXT NOT NULL,
    "Kind" INTEGER NULL,
    "Department" TEXT NULL,
    "Group" INTEGER NOT NULL,
    "CustomGroupId" INTEGER NULL,
    "Side" INTEGER NULL,
    "Engagement" INTEGER NULL,
    "Forum" INTEGER NULL,
    "ForumDetail" TEXT NULL,
    "ContactPerson" TEXT NULL,
    "ContactEmail" TEXT NULL,
    "Notes" TEXT NULL,
    "Tags" TEXT NULL,
    "Power" INTEGER NULL,
    "Interest" INTEGER NULL,
    "AssessedOn" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Stakeholders_CustomStakeholderGroups_CustomGroupId" FOREIGN KEY ("CustomGroupId") REFERENCES "CustomStakeholderGroups" ("Id"),
    CONSTRAINT "FK_Stakeholders_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
);
INSERT INTO Stakeholders VALUES(1,1,'Schepen van Omgeving en Klimaat','schepen van omgeving en klimaat',1,'College van burgemeester en schepenen',10,NULL,1,3,NULL,NULL,'Schepen Lies Voorbeeld','schepen.omgeving@demostad.example','Vraagt een tussentijdse stand van zaken voor de zomer.','budget, mandaat',3,3,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(2,1,'Schepen van Lokale Economie','schepen van lokale economie',1,'College van burgemeester en schepenen',10,NULL,1,2,NULL,NULL,NULL,NULL,NULL,'mandaat',3,2,'2026-11-24','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(3,1,'Gemeenteraadscommissie Leefmilieu','gemeenteraadscommissie leefmilieu',2,'Gemeenteraad',10,NULL,1,1,NULL,NULL,NULL,NULL,NULL,NULL,3,1,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(4,1,'Dienst Milieu en Klimaat','dienst milieu en klimaat',2,'Omgeving',11,NULL,1,3,NULL,NULL,'Sam Demo','milieu@demostad.example',NULL,'kernteam',3,3,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(5,1,'Dienst Aankoop','dienst aankoop',2,'Facility',11,NULL,1,3,NULL,NULL,NULL,NULL,'Circulaire criteria in de raamcontracten voor kantoormeubilair.','aankoop, kernteam',3,3,'2026-11-24','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(6,1,'Dienst Lokale Economie','dienst lokale economie',2,'Economie',11,NULL,1,3,2,NULL,NULL,NULL,NULL,'kernteam',2,3,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(7,1,'Communicatiedienst','communicatiedienst',2,'Communicatie',11,NULL,1,2,NULL,NULL,NULL,NULL,NULL,NULL,2,2,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(8,1,'Sociale dienst (OCMW)','sociale dienst (ocmw)',2,'Welzijn',11,NULL,1,2,NULL,NULL,NULL,NULL,NULL,'sociale economie',2,2,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(9,1,'Dienst Ruimtelijke Ordening','dienst ruimtelijke ordening',2,'Omgeving',11,NULL,1,1,NULL,NULL,NULL,NULL,NULL,NULL,2,1,'2026-11-24','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(10,1,'Klimaattafel Demostad','klimaattafel demostad',2,NULL,1,NULL,2,3,1,NULL,NULL,NULL,NULL,'burgerparticipatie',1,3,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(11,1,'Buurtcomité Kerkwijk','buurtcomite kerkwijk',2,NULL,1,NULL,2,2,NULL,NULL,NULL,NULL,NULL,NULL,1,3,'2026-11-24','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(12,1,'Repair Café Demostad','repair cafe demostad',2,NULL,1,NULL,2,3,4,'Netwerk van herstelvrijwilligers',NULL,NULL,NULL,'herstel',1,3,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(13,1,'Bouwbedrijf Voorbeeld & Zonen','bouwbedrijf voorbeeld & zonen',2,NULL,2,NULL,2,2,2,NULL,NULL,NULL,'Interesse in een materialenbank op de werf.','bouw',2,3,'2026-11-24','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(14,1,'Handelaarsvereniging Centrum','handelaarsvereniging centrum',2,NULL,2,NULL,2,1,2,NULL,NULL,NULL,NULL,NULL,2,1,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(15,1,'Bakkerij De Voorbeeldige Korst','bakkerij de voorbeeldige korst',2,NULL,2,NULL,2,1,NULL,NULL,NULL,NULL,NULL,'voeding',1,1,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(16,1,'Fixbaar (herstel-start-up)','fixbaar (herstel-start-up)',2,NULL,3,NULL,2,3,NULL,NULL,NULL,NULL,NULL,'herstel',1,3,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(17,1,'Hogeschool Demoland, onderzoeksgroep Circulair Bouwen','hogeschool demoland, onderzoeksgroep circulair bouwen',2,NULL,4,NULL,2,2,NULL,NULL,NULL,NULL,NULL,'bouw, kennis',2,3,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(18,1,'Natuurvereniging De Voorbeeldmeersen','natuurvereniging de voorbeeldmeersen',2,NULL,4,NULL,2,1,3,NULL,NULL,NULL,NULL,NULL,1,2,'2026-11-24','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(19,1,'Energiecoöperatie Demostroom','energiecooperatie demostroom',2,NULL,5,NULL,2,2,NULL,NULL,NULL,NULL,NULL,NULL,2,2,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(20,1,'Circulaire Hub Demoland','circulaire hub demoland',2,NULL,6,NULL,2,3,NULL,NULL,'Noor Hubwerker','info@hub-demoland.example',NULL,'sociale economie',2,3,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(21,1,'Afvalintercommunale Demoland','afvalintercommunale demoland',2,NULL,7,NULL,2,3,NULL,NULL,NULL,NULL,'Levert de cijfers over ingezameld afval voor de opportuniteitenscan.','afval, data',3,3,'2026-11-24','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(22,1,'Kringwinkel Demoland','kringwinkel demoland',2,NULL,8,NULL,2,3,NULL,NULL,NULL,NULL,NULL,'hergebruik',2,2,'2026-11-24','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(23,1,'Gemeente Voorbeeldegem','gemeente voorbeeldegem',2,NULL,9,NULL,2,2,NULL,NULL,NULL,NULL,NULL,'samenwerking',1,2,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(24,1,'Gemeente Proefdonk','gemeente proefdonk',2,NULL,9,NULL,2,1,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(25,1,'Scholengroep Demostad','scholengroep demostad',2,NULL,12,1,2,2,NULL,NULL,NULL,NULL,NULL,'onderwijs',1,2,'2026-09-22','2026-12-06 00:59:33.1674824');
INSERT INTO Stakeholders VALUES(26,1,'Jeugdraad','jeugdraad',2,NULL,1,NULL,2,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2026-12-06 00:59:33.1674824');
CREATE TABLE IF NOT EXISTS "ScanDatasetCategories" (
    "ScanDatasetId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    "Label" TEXT NULL,
    CONSTRAINT "PK_ScanDatasetCategories" PRIMARY KEY ("ScanDatasetId", "Code"),
    CONSTRAINT "FK_ScanDatasetCategories_ScanDatasets_ScanDatasetId" FOREIGN KEY ("ScanDatasetId") REFERENCES "ScanDatasets" ("Id") ON DELETE CASCADE
);
INSERT INTO ScanDatasetCategories VALUES(1,'01',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'10',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'16',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'22',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'25',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'28',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'33',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'38',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'41',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'42',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'43',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'45',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'46',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'47',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'49',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'52',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'56',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'62',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'68',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'71',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'77',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'81',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'84',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'85',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'86',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'87',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'88',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(1,'95',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'aeea',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'bouw-sloopafval',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'gft',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'groenafval',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'houtafval',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'kga',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'kunststoffen',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'metalen',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'olien-vetten',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'papier-karton',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'pmd',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'restafval',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'textiel',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'verpakkingsglas',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(2,'vlakglas',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(3,'eigen-gebouwen-vloot',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(3,'huishoudens',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(3,'industrie-niet-ets',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(3,'landbouw',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(3,'tertiair',1,NULL);
INSERT INTO ScanDatasetCategories VALUES(3,'transport',1,NULL);
CREATE TABLE IF NOT EXISTS "ScanDatasetYears" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScanDatasetYears" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "ScanDatasetId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "ObservationCount" INTEGER NOT NULL,
    "AreaCodes" TEXT NOT NULL,
    "ScanImportId" INTEGER NULL,
    "ImportedAt" TEXT NULL,
    CONSTRAINT "FK_ScanDatasetYears_ScanDatasets_ScanDatasetId" FOREIGN KEY ("ScanDatasetId") REFERENCES "ScanDatasets" ("Id") ON DELETE CASCADE
);
INSERT INTO ScanDatasetYears VALUES(1,1,1,2019,56,'00000;02000',1,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(2,1,1,2020,56,'00000;02000',1,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(3,1,1,2021,56,'00000;02000',1,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(4,1,1,2022,56,'00000;02000',1,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(5,1,1,2023,56,'00000;02000',1,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(6,1,2,2019,15,'00000',2,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(7,1,2,2020,15,'00000',2,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(8,1,2,2021,15,'00000',2,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(9,1,2,2022,15,'00000',2,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(10,1,2,2023,15,'00000',2,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(11,1,3,2015,6,'00000',3,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(12,1,3,2016,6,'00000',3,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(13,1,3,2017,6,'00000',3,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(14,1,3,2018,6,'00000',3,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(15,1,3,2019,6,'00000',3,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(16,1,3,2020,6,'00000',3,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(17,1,3,2021,6,'00000',3,'2026-12-06 00:59:33.1674824');
INSERT INTO ScanDatasetYears VALUES(18,1,3,2022,6,'00000',3,'2026-12-06 00:59:33.1674824');
CREATE TABLE IF NOT EXISTS "ScanImports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ScanImports" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "UserId" INTEGER NOT NULL,
    "ScanDatasetId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "FileSize" INTEGER NOT NULL,
    "StoredName" TEXT NOT NULL,
    "FileKind" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "EncodingName" TEXT NOT NULL,
    "Delimiter" TEXT NOT NULL,
    "DecimalSeparator" TEXT NOT NULL,
    "ThousandsSeparator" TEXT NOT NULL,
    "HeaderRow" INTEGER NOT NULL,
    "SheetName" TEXT NULL,
    "MappingJson" TEXT NOT NULL,
    "MappingRemembered" INTEGER NOT NULL,
    "ProcessedBytes" INTEGER NOT NULL,
    "ProcessedRows" INTEGER NOT NULL,
    "ObservationCount" INTEGER NOT NULL,
    "ProblemCount" INTEGER NOT NULL,
    "SkippedCount" INTEGER NOT NULL,
    "YearsText" TEXT NULL,
    "AreaCount" INTEGER NOT NULL,
    "CategoryCount" INTEGER NOT NULL,
    "ChangeJson" TEXT NULL,
    "FailureKey" TEXT NULL,
    "FailureArguments" TEXT NULL,
    "ConfirmedAt" TEXT NULL,
    "CompletedAt" TEXT NULL,
    CONSTRAINT "FK_ScanImports_ScanDatasets_ScanDatasetId" FOREIGN KEY ("ScanDatasetId") REFERENCES "ScanDatasets" ("Id") ON DELETE CASCADE
);
INSERT INTO ScanImports VALUES(1,1,1,1,'tewerkstelling-per-sector-fictief-voorbeeld.csv',8400,'8039c3398f0b0a678e1385c404c25b2d',1,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824',6,'utf-8',';',',','',1,NULL,'{"Layout":1,"ValueColumns":[]}',0,0,0,280,0,0,'2019;2020;2021;2022;2023',2,28,'{"Years":[{"Year":2019,"Replaced":false,"Added":56,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2020,"Replaced":false,"Added":56,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2021,"Replaced":false,"Added":56,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2022,"Replaced":false,"Added":56,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2023,"Replaced":false,"Added":56,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]}],"Added":280,"Removed":0,"Changed":0,"Unchanged":0}',NULL,NULL,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824');
INSERT INTO ScanImports VALUES(2,1,1,2,'huishoudelijk-afval-per-fractie-fictief-voorbeeld.csv',2250,'b7668b150aa740f475ebe4b18dde6e79',1,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824',6,'utf-8',';',',','',1,NULL,'{"Layout":1,"ValueColumns":[]}',0,0,0,75,0,0,'2019;2020;2021;2022;2023',1,15,'{"Years":[{"Year":2019,"Replaced":false,"Added":15,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2020,"Replaced":false,"Added":15,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2021,"Replaced":false,"Added":15,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2022,"Replaced":false,"Added":15,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2023,"Replaced":false,"Added":15,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]}],"Added":75,"Removed":0,"Changed":0,"Unchanged":0}',NULL,NULL,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824');
INSERT INTO ScanImports VALUES(3,1,1,3,'co2-uitstoot-per-sector-fictief-voorbeeld.csv',1440,'43fb8554f88ba6496baaa544ab50cc07',1,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824',6,'utf-8',';',',','',1,NULL,'{"Layout":1,"ValueColumns":[]}',0,0,0,48,0,0,'2015;2016;2017;2018;2019;2020;2021;2022',1,6,'{"Years":[{"Year":2015,"Replaced":false,"Added":6,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2016,"Replaced":false,"Added":6,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2017,"Replaced":false,"Added":6,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2018,"Replaced":false,"Added":6,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2019,"Replaced":false,"Added":6,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2020,"Replaced":false,"Added":6,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2021,"Replaced":false,"Added":6,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]},{"Year":2022,"Replaced":false,"Added":6,"Removed":0,"Changed":0,"Unchanged":0,"Examples":[]}],"Added":48,"Removed":0,"Changed":0,"Unchanged":0}',NULL,NULL,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824');
CREATE TABLE IF NOT EXISTS "SheetImportDrafts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SheetImportDrafts" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    "TrajectoryId" INTEGER NULL,
    "UserId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    CONSTRAINT "FK_SheetImportDrafts_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SheetImportDrafts_Trajectories_TrajectoryId" FOREIGN KEY ("TrajectoryId") REFERENCES "Trajectories" ("Id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "StrategyDomains" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StrategyDomains" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "TrajectoryId" INTEGER NOT NULL,
    "DomainCode" TEXT NOT NULL,
    "Support" INTEGER NULL,
    "Decision" INTEGER NULL,
    "Reason" TEXT NULL,
    "DecidedOn" TEXT NULL,
    CONSTRAINT "FK_StrategyDomains_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_StrategyDomains_Trajectories_TrajectoryId" FOREIGN KEY ("TrajectoryId") REFERENCES "Trajectories" ("Id") ON DELETE CASCADE
);
INSERT INTO StrategyDomains VALUES(1,1,1,'gebouwde-omgeving',3,1,'In de sessie ''Doelen scherpstellen'' wilden bouwbedrijven, de hogeschool en de dienst patrimonium mee trekken (fictief voorbeeld).','2026-11-16');
INSERT INTO StrategyDomains VALUES(2,1,1,'consumentengoederen',2,1,'Veel energie bij repair café, kringwinkel en buurtcomités; de handelaars volgen nog af (fictief voorbeeld).','2026-11-16');
INSERT INTO StrategyDomains VALUES(3,1,1,'bio-economie',1,2,'Niemand wilde dit domein trekken en de regio heeft al een voedselstrategie; we volgen die op in plaats van zelf te starten (fictief voorbeeld).','2026-11-16');
CREATE TABLE IF NOT EXISTS "TrajectorySessions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TrajectorySessions" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "TrajectoryId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Phase" INTEGER NULL,
    "Title" TEXT NULL,
    "Date" TEXT NULL,
    "Place" TEXT NULL,
    "Purpose" TEXT NULL,
    "Participants" TEXT NULL,
    "Minutes" TEXT NULL,
    "Decisions" TEXT NULL,
    CONSTRAINT "FK_TrajectorySessions_Trajectories_TrajectoryId" FOREIGN KEY ("TrajectoryId") REFERENCES "Trajectories" ("Id") ON DELETE CASCADE
);
INSERT INTO TrajectorySessions VALUES(1,1,1,1,1,1,'Startvergadering kernteam','2026-11-04','Vergaderzaal De Kringloop, administratief centrum Demostad','Samen het traject uittekenen: wie zit in het kernteam, welke sessies plannen we, en wat vragen we aan het college?',replace('An Peeters (milieudienst, coördinator)\nBram Jacobs (lokale economie)\nCharlotte Claes (communicatie)\nDries Wouters (aankoop en patrimonium)','\n',char(10)),replace('Het kernteam overliep de stappen van de methode en legde een planning van vijf maanden vast.\nWe maakten een eerste lijst van interne en externe stakeholders en spraken af wie welke partner contacteert.\nHet college krijgt volgende maand een korte nota over de opstart.','\n',char(10)),replace('Vijf werksessies plannen tussen nu en het najaar.\nAn trekt het traject; Charlotte zorgt voor de uitnodigingen.','\n',char(10)));
INSERT INTO TrajectorySessions VALUES(2,1,1,2,2,1,'Visie en kansen','2026-11-25','Ontmoetingscentrum Het Ankerpunt, Demostad','De stakeholderkaart afwerken en samen een eerste visie op een circulair Demostad formuleren.','Kernteam, vertegenwoordigers van de handelaarsvereniging, de kringwinkel, twee scholen, de afvalintercommunale en vijf bewoners',replace('De deelnemers herkenden drie sporen met veel energie: herstellen en hergebruiken, circulair bouwen bij eigen projecten, en minder voedselverlies.\nOver de rol van de gemeente als voorbeeld waren de meningen verdeeld; dat nemen we mee naar de volgende sessie.','\n',char(10)),replace('Drie kansrijke actiedomeinen gaan door naar fase 2.\nDe visietekst wordt per mail nagelezen.','\n',char(10)));
INSERT INTO TrajectorySessions VALUES(3,1,1,3,2,2,'Doelen scherpstellen','2026-12-27','Raadzaal, gemeentehuis Demostad','Per actiedomein SMART-doelen afspreken.',NULL,NULL,NULL);
INSERT INTO TrajectorySessions VALUES(4,1,1,4,2,2,'Van doelen naar acties','2027-01-24','Raadzaal, gemeentehuis Demostad','Actielijnen en acties bedenken en met een impact/effort-oefening kiezen.',NULL,NULL,NULL);
INSERT INTO TrajectorySessions VALUES(5,1,1,5,3,3,'Voorstelling aan college en inwoners','2027-04-01','Cultuurcentrum De Spiraal, Demostad','De strategie voorstellen en de eerste acties lanceren.',NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "VisionCanvases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_VisionCanvases" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "TrajectoryId" INTEGER NOT NULL,
    "Why" TEXT NULL,
    "Results" TEXT NULL,
    "AlreadyHappening" TEXT NULL,
    "Statement" TEXT NULL,
    "Focus" INTEGER NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_VisionCanvases_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_VisionCanvases_Trajectories_TrajectoryId" FOREIGN KEY ("TrajectoryId") REFERENCES "Trajectories" ("Id") ON DELETE CASCADE
);
INSERT INTO VisionCanvases VALUES(1,1,1,'Demostad gooit elk jaar te veel bruikbare spullen en materialen weg, en de kosten voor afvalverwerking stijgen. Een circulaire aanpak houdt waarde en werk in de stad.','Tegen 2030 zijn hergebruik en herstel gewoon in Demostad: minder restafval, meer lokale jobs en een stadsbestuur dat zelf circulair aankoopt en bouwt.','Er draaien al twee repair cafés, een kringwinkel en een deelplatform voor gereedschap. Ondernemers vragen om een plek om reststromen uit te wisselen.','Demostad, havenstad met een textielverleden, maakt tegen 2030 van herstellen, delen en hergebruiken de gewoonte: in elke wijk, in elk bedrijf en in elk gebouw van de stad.',11,'2026-11-29 00:59:33.1674824');
CREATE TABLE IF NOT EXISTS "Initiatives" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Initiatives" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "NameKey" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Domain" TEXT NOT NULL,
    "SubdomainCode" TEXT NULL,
    "OwnSubdomain" TEXT NULL,
    "OwnSubdomainKey" TEXT NULL,
    "TargetGroups" INTEGER NOT NULL,
    "OtherTargetGroup" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "LeadStakeholderId" INTEGER NULL,
    "LeadName" TEXT NULL,
    "WebLink" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Initiatives_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Initiatives_Stakeholders_LeadStakeholderId" FOREIGN KEY ("LeadStakeholderId") REFERENCES "Stakeholders" ("Id") ON DELETE SET NULL
);
INSERT INTO Initiatives VALUES(1,1,'Repair Café Kerkwijk','repair cafe kerkwijk','Elke derde zaterdag herstellen vrijwilligers samen met buurtbewoners lampen, kleding en fietsen in het buurthuis. Wie iets laat herstellen, leert mee.','consumentengoederen','herstel',NULL,NULL,33,NULL,1,12,'Repair Café Demostad','https://repaircafe.demostad.example','2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(2,1,'Uitleendienst in de bibliotheek','uitleendienst in de bibliotheek','Boormachines, partytenten en kampeermateriaal lenen met de bibliotheekkaart, voor inwoners en voor verenigingen.','consumentengoederen','delen',NULL,NULL,17,NULL,1,4,'Dienst Milieu en Klimaat',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(3,1,'Herstelabonnement voor smartphones','herstelabonnement voor smartphones','Een start-up test een abonnement waarbij oudere inwoners hun smartphone laten nakijken en herstellen in plaats van vervangen.','consumentengoederen','herstel',NULL,NULL,65,'senioren',2,16,'Fixbaar (herstel-start-up)',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(4,1,'Textielinzameling op school','textielinzameling op school','Leerlingen zamelden een schooljaar lang afgedankt textiel in; de opbrengst ging naar de schoolreis.','consumentengoederen','inzameling',NULL,NULL,8,NULL,3,21,'Afvalintercommunale Demoland',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(5,1,'Tweedehands kantoormeubilair','tweedehands kantoormeubilair','De gemeente koopt bureaus en kasten eerst tweedehands of gerenoveerd, en geeft afgedankt meubilair door aan de kringwinkel.','consumentengoederen',NULL,'Circulair aankopen','circulair aankopen',4,NULL,1,5,'Dienst Aankoop',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(6,1,'Bekerpool voor evenementen','bekerpool voor evenementen','Verenigingen lenen gratis herbruikbare bekers voor fuiven en markten; een sociale werkplaats wast ze.','bio-economie','catering',NULL,NULL,20,NULL,1,4,'Dienst Milieu en Klimaat',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(7,1,'Schoolmoestuinen','schoolmoestuinen','Drie basisscholen leggen een moestuin aan; een natuurvereniging begeleidt de leerkrachten.','bio-economie','korte-keten',NULL,NULL,8,NULL,1,25,'Scholengroep Demostad',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(8,1,'Marktoverschotten naar de sociale kruidenier','marktoverschotten naar de sociale kruidenier','Wat op de wekelijkse markt en bij de bakker overblijft, gaat dezelfde avond naar de sociale kruidenier.','bio-economie','voedselverspilling',NULL,NULL,34,NULL,1,8,'Sociale dienst (OCMW)',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(9,1,'Wijkcompost','wijkcompost','Buurtbewoners brengen hun groente- en fruitafval naar compostbakken in de wijk; compostmeesters houden ze bij.','bio-economie','bio-afval',NULL,NULL,1,NULL,1,21,'Afvalintercommunale Demoland',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(10,1,'Zadenbibliotheek','zadenbibliotheek','Tuinierders ruilen zaden van eigen kweek in de bibliotheek, met workshops over zaden winnen.','bio-economie',NULL,'Zadenbibliotheek','zadenbibliotheek',17,NULL,1,NULL,'Vzw Tuinieren in Demostad',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(11,1,'Materialenbank op de werf','materialenbank op de werf','Een bouwbedrijf zet een opslag op voor herbruikbare bouwmaterialen uit renovaties, met een onderzoeksgroep die de kwaliteit opvolgt.','gebouwde-omgeving','hergebruik-materialen',NULL,NULL,2,NULL,2,13,'Bouwbedrijf Voorbeeld & Zonen',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(12,1,'Circulaire renovatie van het gemeentehuis','circulaire renovatie van het gemeentehuis','Bij de renovatie van het gemeentehuis worden materialen vooraf geïnventariseerd en demontabel verwerkt.','gebouwde-omgeving','circulair-bouwen',NULL,NULL,4,NULL,2,5,'Dienst Aankoop',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(13,1,'Ondernemersontbijt over reststromen','ondernemersontbijt over reststromen','Bedrijven van het bedrijventerrein Noord leggen hun reststromen naast elkaar om na te gaan wat de een van de ander kan gebruiken.','industrie','symbiose',NULL,NULL,2,NULL,2,6,'Dienst Lokale Economie',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(14,1,'Textielsortering met de sociale economie','textielsortering met de sociale economie','Een maatwerkbedrijf sorteert het ingezamelde textiel; bruikbare stukken gaan naar de kringwinkel.','industrie','sociale-economie',NULL,NULL,34,NULL,1,20,'Circulaire Hub Demoland',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(15,1,'Deelwagens bij sociale woningen','deelwagens bij sociale woningen','Twee elektrische deelwagens voor de bewoners van een sociale woonwijk, geladen met stroom van de energiecoöperatie.','andere','deelmobiliteit',NULL,NULL,33,NULL,2,NULL,'Sociale huisvestingsmaatschappij Demowonen',NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO Initiatives VALUES(16,1,'Ontharde speelplaatsen','ontharde speelplaatsen','Twee speelplaatsen kregen groen in plaats van asfalt en een regenwaterput voor de toiletten.','andere','water',NULL,NULL,8,NULL,3,25,'Scholengroep Demostad',NULL,'2026-12-06 00:59:33.1674824');
CREATE TABLE IF NOT EXISTS "StakeholderAssessments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StakeholderAssessments" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "StakeholderId" INTEGER NOT NULL,
    "Date" TEXT NOT NULL,
    "Power" INTEGER NOT NULL,
    "Interest" INTEGER NOT NULL,
    "Note" TEXT NULL,
    "RecordedAt" TEXT NOT NULL,
    CONSTRAINT "FK_StakeholderAssessments_Stakeholders_StakeholderId" FOREIGN KEY ("StakeholderId") REFERENCES "Stakeholders" ("Id") ON DELETE CASCADE
);
INSERT INTO StakeholderAssessments VALUES(1,1,1,'2026-09-22',3,3,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(2,1,2,'2026-09-22',3,1,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(3,1,2,'2026-11-24',3,2,'Bijgesteld na het eerste kernteamoverleg','2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(4,1,3,'2026-09-22',3,1,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(5,1,4,'2026-09-22',3,3,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(6,1,5,'2026-09-22',2,2,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(7,1,5,'2026-11-24',3,3,'Bijgesteld na het eerste kernteamoverleg','2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(8,1,6,'2026-09-22',2,3,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(9,1,7,'2026-09-22',2,2,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(10,1,8,'2026-09-22',2,2,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(11,1,9,'2026-09-22',2,2,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(12,1,9,'2026-11-24',2,1,'Bijgesteld na het eerste kernteamoverleg','2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(13,1,10,'2026-09-22',1,3,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(14,1,11,'2026-09-22',1,2,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(15,1,11,'2026-11-24',1,3,'Bijgesteld na het eerste kernteamoverleg','2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(16,1,12,'2026-09-22',1,3,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(17,1,13,'2026-09-22',2,1,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(18,1,13,'2026-11-24',2,3,'Bijgesteld na het eerste kernteamoverleg','2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(19,1,14,'2026-09-22',2,1,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(20,1,15,'2026-09-22',1,1,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(21,1,16,'2026-09-22',1,3,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(22,1,17,'2026-09-22',2,3,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(23,1,18,'2026-09-22',1,3,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(24,1,18,'2026-11-24',1,2,'Bijgesteld na het eerste kernteamoverleg','2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(25,1,19,'2026-09-22',2,2,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(26,1,20,'2026-09-22',2,3,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(27,1,21,'2026-09-22',3,2,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(28,1,21,'2026-11-24',3,3,'Bijgesteld na het eerste kernteamoverleg','2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(29,1,22,'2026-09-22',2,3,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(30,1,22,'2026-11-24',2,2,'Bijgesteld na het eerste kernteamoverleg','2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(31,1,23,'2026-09-22',1,2,NULL,'2026-12-06 00:59:33.1674824');
INSERT INTO StakeholderAssessments VALUES(32,1,25,'2026-09-22',1,2,NULL,'2026-12-06 00:59:33.1674824');
CREATE TABLE IF NOT EXISTS "StrategyGoals" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StrategyGoals" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "TrajectoryId" INTEGER NOT NULL,
    "StrategyDomainId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Statement" TEXT NOT NULL,
    "Indicator" TEXT NULL,
    "TargetValue" REAL NULL,
    "Unit" TEXT NULL,
    "BaselineValue" REAL NULL,
    "BaselineYear" INTEGER NULL,
    "Deadline" TEXT NULL,
    "Owner" TEXT NULL,
    "RealismNote" TEXT NULL,
    CONSTRAINT "FK_StrategyGoals_StrategyDomains_StrategyDomainId" FOREIGN KEY ("StrategyDomainId") REFERENCES "StrategyDomains" ("Id") ON DELETE CASCADE
);
INSERT INTO StrategyGoals VALUES(1,1,1,1,1,'Vanaf 2027 past Demostad circulaire principes toe in al haar nieuwbouw- en renovatieprojecten.','Aandeel eigen bouwprojecten met circulaire gunningscriteria',100.0,'%',10.0,2024,'2027-12-31','Dienst Aankoop en Patrimonium','Twee pilootaanbestedingen liepen al; de raamcontracten worden in 2026 vernieuwd (fictief voorbeeld).');
INSERT INTO StrategyGoals VALUES(2,1,1,1,2,'Tegen 2030 wordt 30 % van de bouwmaterialen die vrijkomen bij stadsprojecten hergebruikt.','Hergebruikte bouwmaterialen uit stadsprojecten',30.0,'% van het gewicht',4.0,2024,'2030-12-31','Dienst Patrimonium','Haalbaar als de materialenbank in 2026 opent (fictief voorbeeld).');
INSERT INTO StrategyGoals VALUES(3,1,1,2,1,'Tegen 2030 daalt het restafval in Demostad tot 100 kg per inwoner per jaar.','Restafval per inwoner',100.0,'kg per inwoner per jaar',141.0,2023,'2030-12-31','Dienst Milieu en Klimaat','Sluit aan op het doel van het Lokaal Materialenplan voor onze cluster (fictief voorbeeld).');
INSERT INTO StrategyGoals VALUES(4,1,1,2,2,'Elke wijk krijgt een plek om te herstellen en te delen.',NULL,NULL,NULL,NULL,NULL,NULL,'Klimaattafel Demostad',NULL);
CREATE TABLE IF NOT EXISTS "Workshops" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Workshops" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "TrajectoryId" INTEGER NOT NULL,
    "TrajectorySessionId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "StartedAt" TEXT NULL,
    "EndedAt" TEXT NULL,
    CONSTRAINT "FK_Workshops_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Workshops_Trajectories_TrajectoryId" FOREIGN KEY ("TrajectoryId") REFERENCES "Trajectories" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Workshops_TrajectorySessions_TrajectorySessionId" FOREIGN KEY ("TrajectorySessionId") REFERENCES "TrajectorySessions" ("Id") ON DELETE RESTRICT
);
INSERT INTO Workshops VALUES(1,1,1,4,'Stakeholderworkshop acties','FW7T9A',2,'2026-12-02 00:59:33.1674824','2026-12-03 01:04:33.1674824',NULL);
CREATE TABLE IF NOT EXISTS "VisionNotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_VisionNotes" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "CanvasId" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    "Block" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Colour" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "FK_VisionNotes_VisionCanvases_CanvasId" FOREIGN KEY ("CanvasId") REFERENCES "VisionCanvases" ("Id") ON DELETE CASCADE
);
INSERT INTO VisionNotes VALUES(1,1,1,'9B0E2156-C545-4C59-8726-903F43D793CA',1,'Restafval daalt te traag',1,1);
INSERT INTO VisionNotes VALUES(2,1,1,'63D4E72C-989C-495C-8A19-C8CE05F15993',1,'Stijgende verwerkingskosten',5,2);
INSERT INTO VisionNotes VALUES(3,1,1,'0C860C70-8B1E-453D-8A4F-BA82E843E9DD',2,'Elke wijk een herstelpunt',2,1);
INSERT INTO VisionNotes VALUES(4,1,1,'3063BB95-C599-4683-8A14-1D50FD573B79',2,'Circulair aankopen en bouwen als standaard',3,2);
INSERT INTO VisionNotes VALUES(5,1,1,'61686593-7720-4A81-86A0-3D952BF751D9',3,'Repair cafés (2)',4,1);
INSERT INTO VisionNotes VALUES(6,1,1,'98A1DADC-ABF1-4CBF-9CA3-2CAA7702E5D8',3,'Kringwinkel',6,2);
INSERT INTO VisionNotes VALUES(7,1,1,'B142C86A-9834-4B27-9976-0C84BE2F736E',3,'Textielateliers in de havenbuurt',2,3);
CREATE TABLE IF NOT EXISTS "VisionPolicyReferences" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_VisionPolicyReferences" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "CanvasId" INTEGER NOT NULL,
    "Policy" INTEGER NOT NULL,
    "Comment" TEXT NULL,
    CONSTRAINT "FK_VisionPolicyReferences_VisionCanvases_CanvasId" FOREIGN KEY ("CanvasId") REFERENCES "VisionCanvases" ("Id") ON DELETE CASCADE
);
INSERT INTO VisionPolicyReferences VALUES(1,1,1,4,'Ons doel voor restafval per inwoner sluit aan op het materialenplan.');
INSERT INTO VisionPolicyReferences VALUES(2,1,1,5,'De klimaattafels zijn ons forum om burgers te betrekken.');
INSERT INTO VisionPolicyReferences VALUES(3,1,1,3,'De werkagenda rond maakindustrie en textiel past bij onze ateliers.');
CREATE TABLE IF NOT EXISTS "VisionVersions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_VisionVersions" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "TrajectoryId" INTEGER NOT NULL,
    "CanvasId" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "Label" TEXT NOT NULL,
    "SavedAt" TEXT NOT NULL,
    "SavedByUserId" INTEGER NULL,
    "SavedByName" TEXT NULL,
    "RestoredFromNumber" INTEGER NULL,
    "SnapshotJson" TEXT NOT NULL,
    CONSTRAINT "FK_VisionVersions_VisionCanvases_CanvasId" FOREIGN KEY ("CanvasId") REFERENCES "VisionCanvases" ("Id") ON DELETE CASCADE
);
INSERT INTO VisionVersions VALUES(1,1,1,1,1,'Eerste ontwerp kernteam','2026-11-06 00:59:33.1674824',1,'Demo Coördinator',NULL,'{"schema":1,"why":"Demostad gooit elk jaar te veel bruikbare spullen en materialen weg, en de kosten voor afvalverwerking stijgen. Een circulaire aanpak houdt waarde en werk in de stad.","results":"Tegen 2030 zijn hergebruik en herstel gewoon in Demostad: minder restafval, meer lokale jobs en een stadsbestuur dat zelf circulair aankoopt en bouwt.","alreadyHappening":"Er draaien al twee repair caf\u00E9s, een kringwinkel en een deelplatform voor gereedschap. Ondernemers vragen om een plek om reststromen uit te wisselen.","statement":"Demostad wordt een circulaire stad waar we zorgzaam omgaan met materialen.","focus":"BurgersActiveren, Klimaatplan","policies":[{"policy":"LokaalMaterialenplan","comment":"Ons doel voor restafval per inwoner sluit aan op het materialenplan."},{"policy":"Lekp","comment":"De klimaattafels zijn ons forum om burgers te betrekken."}],"notes":[{"key":"9b0e2156-c545-4c59-8726-903f43d793ca","block":"Waarom","text":"Restafval daalt te traag","colour":"Geel","position":1},{"key":"63d4e72c-989c-495c-8a19-c8ce05f15993","block":"Waarom","text":"Stijgende verwerkingskosten","colour":"Oranje","position":2},{"key":"0c860c70-8b1e-453d-8a4f-ba82e843e9dd","block":"Resultaten","text":"Elke wijk een herstelpunt","colour":"Groen","position":1},{"key":"3063bb95-c599-4683-8a14-1d50fd573b79","block":"Resultaten","text":"Circulair aankopen als standaard","colour":"Blauw","position":2},{"key":"61686593-7720-4a81-86a0-3d952bf751d9","block":"WatLeeftErAl","text":"Repair caf\u00E9s (2)","colour":"Roze","position":1},{"key":"98a1dadc-abf1-4cbf-9ca3-2caa7702e5d8","block":"WatLeeftErAl","text":"Kringwinkel","colour":"Paars","position":2}]}');
INSERT INTO VisionVersions VALUES(2,1,1,1,2,'Na stakeholderworkshop','2026-11-29 00:59:33.1674824',1,'Demo Coördinator',NULL,'{"schema":1,"why":"Demostad gooit elk jaar te veel bruikbare spullen en materialen weg, en de kosten voor afvalverwerking stijgen. Een circulaire aanpak houdt waarde en werk in de stad.","results":"Tegen 2030 zijn hergebruik en herstel gewoon in Demostad: minder restafval, meer lokale jobs en een stadsbestuur dat zelf circulair aankoopt en bouwt.","alreadyHappening":"Er draaien al twee repair caf\u00E9s, een kringwinkel en een deelplatform voor gereedschap. Ondernemers vragen om een plek om reststromen uit te wisselen.","statement":"Demostad, havenstad met een textielverleden, maakt tegen 2030 van herstellen, delen en hergebruiken de gewoonte: in elke wijk, in elk bedrijf en in elk gebouw van de stad.","focus":"BurgersActiveren, Ondernemerschap, Klimaatplan","policies":[{"policy":"VlaanderenCirculair","comment":"De werkagenda rond maakindustrie en textiel past bij onze ateliers."},{"policy":"LokaalMaterialenplan","comment":"Ons doel voor restafval per inwoner sluit aan op het materialenplan."},{"policy":"Lekp","comment":"De klimaattafels zijn ons forum om burgers te betrekken."}],"notes":[{"key":"9b0e2156-c545-4c59-8726-903f43d793ca","block":"Waarom","text":"Restafval daalt te traag","colour":"Geel","position":1},{"key":"63d4e72c-989c-495c-8a19-c8ce05f15993","block":"Waarom","text":"Stijgende verwerkingskosten","colour":"Oranje","position":2},{"key":"0c860c70-8b1e-453d-8a4f-ba82e843e9dd","block":"Resultaten","text":"Elke wijk een herstelpunt","colour":"Groen","position":1},{"key":"3063bb95-c599-4683-8a14-1d50fd573b79","block":"Resultaten","text":"Circulair aankopen en bouwen als standaard","colour":"Blauw","position":2},{"key":"61686593-7720-4a81-86a0-3d952bf751d9","block":"WatLeeftErAl","text":"Repair caf\u00E9s (2)","colour":"Roze","position":1},{"key":"98a1dadc-abf1-4cbf-9ca3-2caa7702e5d8","block":"WatLeeftErAl","text":"Kringwinkel","colour":"Paars","position":2},{"key":"b142c86a-9834-4b27-9976-0c84be2f736e","block":"WatLeeftErAl","text":"Textielateliers in de havenbuurt","colour":"Groen","position":3}]}');
CREATE TABLE IF NOT EXISTS "InitiativePartners" (
    "InitiativeId" INTEGER NOT NULL,
    "StakeholderId" INTEGER NOT NULL,
    "OrganisationId" INTEGER NOT NULL,
    CONSTRAINT "PK_InitiativePartners" PRIMARY KEY ("InitiativeId", "StakeholderId"),
    CONSTRAINT "FK_InitiativePartners_Initiatives_InitiativeId" FOREIGN KEY ("InitiativeId") REFERENCES "Initiatives" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_InitiativePartners_Stakeholders_StakeholderId" FOREIGN KEY ("StakeholderId") REFERENCES "Stakeholders" ("Id") ON DELETE CASCADE
);
INSERT INTO InitiativePartners VALUES(1,11,1);
INSERT INTO InitiativePartners VALUES(1,22,1);
INSERT INTO InitiativePartners VALUES(2,22,1);
INSERT INTO InitiativePartners VALUES(3,12,1);
INSERT INTO InitiativePartners VALUES(4,25,1);
INSERT INTO InitiativePartners VALUES(4,26,1);
INSERT INTO InitiativePartners VALUES(5,22,1);
INSERT INTO InitiativePartners VALUES(6,20,1);
INSERT INTO InitiativePartners VALUES(6,21,1);
INSERT INTO InitiativePartners VALUES(7,18,1);
INSERT INTO InitiativePartners VALUES(8,15,1);
INSERT INTO InitiativePartners VALUES(8,20,1);
INSERT INTO InitiativePartners VALUES(9,10,1);
INSERT INTO InitiativePartners VALUES(9,11,1);
INSERT INTO InitiativePartners VALUES(10,18,1);
INSERT INTO InitiativePartners VALUES(11,9,1);
INSERT INTO InitiativePartners VALUES(11,17,1);
INSERT INTO InitiativePartners VALUES(12,17,1);
INSERT INTO InitiativePartners VALUES(13,14,1);
INSERT INTO InitiativePartners VALUES(13,20,1);
INSERT INTO InitiativePartners VALUES(14,22,1);
INSERT INTO InitiativePartners VALUES(15,19,1);
INSERT INTO InitiativePartners VALUES(16,9,1);
CREATE TABLE IF NOT EXISTS "ActionLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionLines" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "TrajectoryId" INTEGER NOT NULL,
    "StrategyGoalId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    CONSTRAINT "FK_ActionLines_StrategyGoals_StrategyGoalId" FOREIGN KEY ("StrategyGoalId") REFERENCES "StrategyGoals" ("Id") ON DELETE CASCADE
);
INSERT INTO ActionLines VALUES(1,1,1,1,1,'Circulaire principes verankeren in aanbestedingen en gunningscriteria','Het voorbeeld uit de gids: eerst de eigen aankopen (fictief voorbeeld).');
INSERT INTO ActionLines VALUES(2,1,1,2,1,'Een materialenbank voor vrijgekomen bouwmaterialen',NULL);
INSERT INTO ActionLines VALUES(3,1,1,3,1,'Herstellen en hergebruiken dicht bij huis',NULL);
INSERT INTO ActionLines VALUES(4,1,1,3,2,'Beter sorteren en inzamelen',NULL);
INSERT INTO ActionLines VALUES(5,1,1,4,1,'Herstel- en deelpunten in de wijken',NULL);
CREATE TABLE IF NOT EXISTS "WorkshopActivities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkshopActivities" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "WorkshopId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "State" INTEGER NOT NULL,
    "ResultsVisible" INTEGER NOT NULL,
    "TimerEndsAt" TEXT NULL,
    "OpenedAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "DotsPerParticipant" INTEGER NOT NULL,
    "MaxDotsPerItem" INTEGER NOT NULL,
    "ItemSource" INTEGER NOT NULL,
    "PollType" INTEGER NOT NULL,
    "AmoreRoundId" INTEGER NULL,
    "IdeasPerRound" INTEGER NOT NULL,
    "Round" INTEGER NOT NULL,
    "SheetCount" INTEGER NOT NULL,
    "Phase" INTEGER NOT NULL,
    "Summary" TEXT NULL,
    "FedAt" TEXT NULL,
    "FeedOutcome" INTEGER NULL,
    CONSTRAINT "FK_WorkshopActivities_Workshops_WorkshopId" FOREIGN KEY ("WorkshopId") REFERENCES "Workshops" ("Id") ON DELETE CASCADE
);
INSERT INTO WorkshopActivities VALUES(1,1,1,1,1,'Welke acties pakken we eerst aan?',3,1,NULL,'2026-12-03 01:04:33.1674824','2026-12-03 01:14:33.1674824',5,3,1,1,NULL,3,0,0,1,NULL,'2026-12-03 01:14:33.1674824',1);
INSERT INTO WorkshopActivities VALUES(2,1,1,2,2,'Hoe krijgen we meer spullen hersteld?',3,0,NULL,'2026-12-03 01:19:33.1674824','2026-12-03 01:34:33.1674824',5,3,1,1,NULL,3,1,4,1,NULL,'2026-12-03 01:34:33.1674824',1);
INSERT INTO WorkshopActivities VALUES(3,1,1,3,7,'Hoe tevreden ben je over deze workshop?',1,0,NULL,NULL,NULL,5,3,1,3,NULL,3,0,0,1,NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "WorkshopParticipants" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkshopParticipants" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "WorkshopId" INTEGER NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "DisplayName" TEXT NULL,
    "JoinedAt" TEXT NOT NULL,
    CONSTRAINT "FK_WorkshopParticipants_Workshops_WorkshopId" FOREIGN KEY ("WorkshopId") REFERENCES "Workshops" ("Id") ON DELETE CASCADE
);
INSERT INTO WorkshopParticipants VALUES(1,1,1,'B8DCFD9DFE6F81FD28126D52FDB83B38364B1A06D382C76E16B5CD350014F243','Sofie','2026-12-03 00:59:33.1674824');
INSERT INTO WorkshopParticipants VALUES(2,1,1,'E934677E0C5AC9CB33FF9B38119C252DBF9DDA93FDF067906BE4BF1BB18CCF42',NULL,'2026-12-03 00:59:33.1674824');
INSERT INTO WorkshopParticipants VALUES(3,1,1,'31BFEC1CDF608BCEAB40D3A0C0146751CED74D137F57F40E4D55BBAE5D19F489','Karim','2026-12-03 00:59:33.1674824');
INSERT INTO WorkshopParticipants VALUES(4,1,1,'8A35B459D7F3E527665C591891305A0371B46E14015089ACDDD8D348CBE510C7',NULL,'2026-12-03 00:59:33.1674824');
CREATE TABLE IF NOT EXISTS "AmoreRounds" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AmoreRounds" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "TrajectoryId" INTEGER NOT NULL,
    "VisionVersionId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "OpenedAt" TEXT NOT NULL,
    "OpenedByName" TEXT NULL,
    "ClosedAt" TEXT NULL,
    CONSTRAINT "FK_AmoreRounds_VisionVersions_VisionVersionId" FOREIGN KEY ("VisionVersionId") REFERENCES "VisionVersions" ("Id") ON DELETE CASCADE
);
INSERT INTO AmoreRounds VALUES(1,1,1,1,'AMORE-check kernteam','2026-11-07 00:59:33.1674824','Demo Coördinator','2026-11-11 00:59:33.1674824');
INSERT INTO AmoreRounds VALUES(2,1,1,2,'AMORE-check na workshop','2026-11-30 00:59:33.1674824','Demo Coördinator',NULL);
CREATE TABLE IF NOT EXISTS "PlannedActions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PlannedActions" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "TrajectoryId" INTEGER NOT NULL,
    "ActionLineId" INTEGER NULL,
    "Position" INTEGER NOT NULL,
    "Number" TEXT NOT NULL,
    "NumberKey" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "Size" INTEGER NULL,
    "Priority" INTEGER NULL,
    "StartDate" TEXT NULL,
    "EndDate" TEXT NULL,
    "OwnerUserId" INTEGER NULL,
    "OwnerStakeholderId" INTEGER NULL,
    "Neighbours" TEXT NULL,
    "Indicator" TEXT NULL,
    "Description" TEXT NULL,
    "DesiredResults" TEXT NULL,
    "PreconditionsTechnical" TEXT NULL,
    "PreconditionsLegal" TEXT NULL,
    "PreconditionsSpatial" TEXT NULL,
    "PreconditionsOrganisational" TEXT NULL,
    "FirstSteps" TEXT NULL,
    "RatingCount" INTEGER NOT NULL,
    "ImpactMean" REAL NULL,
    "EffortMean" REAL NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_PlannedActions_ActionLines_ActionLineId" FOREIGN KEY ("ActionLineId") REFERENCES "ActionLines" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_PlannedActions_AspNetUsers_OwnerUserId" FOREIGN KEY ("OwnerUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_PlannedActions_Stakeholders_OwnerStakeholderId" FOREIGN KEY ("OwnerStakeholderId") REFERENCES "Stakeholders" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_PlannedActions_Trajectories_TrajectoryId" FOREIGN KEY ("TrajectoryId") REFERENCES "Trajectories" ("Id") ON DELETE CASCADE
);
INSERT INTO PlannedActions VALUES(1,1,1,1,1,'A01','A01','Opleiding circulair aankopen voor aankopers en projectleiders',2,2,2,'2027-01-06','2027-04-06',NULL,5,NULL,'Aantal opgeleide medewerkers','Een opleiding van twee halve dagen over circulaire criteria in bestekken, met oefeningen op de eigen raamcontracten (fictief voorbeeld).','Alle aankopers en projectleiders kennen de circulaire criteria en gebruiken ze in hun volgende bestek.',NULL,NULL,NULL,'De diensthoofden geven hun medewerkers tijd om deel te nemen.','Datum vastleggen met de hogeschool en de uitnodiging via het intranet versturen.',3,4.3333333333333330372,1.6666666666666667406,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824');
INSERT INTO PlannedActions VALUES(2,1,1,1,2,'A02','A02','Sloopinventaris bij elke sloop of renovatie van een stadsgebouw',1,1,1,'2027-03-06','2028-06-06',NULL,9,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,4.0,4.3333333333333330372,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824');
INSERT INTO PlannedActions VALUES(3,1,1,2,1,'A03','A03','Materialenbank op het stedelijk depot',3,1,1,'2026-11-06','2028-12-06',NULL,13,'Voorbeeldegem, Proefdonk','Ton hergebruikte materialen per jaar','Een afgebakende zone op het stedelijk depot waar herbruikbare materialen uit stadsprojecten worden opgeslagen, geïnventariseerd en opnieuw ingezet (fictief voorbeeld).','Vanaf 2027 gaat elk jaar minstens 200 ton bouwmaterialen een tweede leven in.','Een overdekte, droge opslag en een eenvoudig systeem om materialen te registreren.','Afspraken over aansprakelijkheid en kwaliteitsattesten voor hergebruikte materialen.','Ruimte op het depot, bereikbaar voor vrachtwagens.','Een vaste beheerder, gedeeld met de buurgemeenten.','Beheerder aanstellen en de eerste sloopproject-inventaris koppelen aan de materialenbank.',3,4.6666666666666669627,4.6666666666666669627,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824');
INSERT INTO PlannedActions VALUES(4,1,1,3,1,'A04','A04','Repair café in elk wijkcentrum',2,2,2,'2027-02-06','2027-12-06',NULL,12,NULL,'Aantal herstelde toestellen','Elke maand een repair café in een ander wijkcentrum, met vrijwilligers van Repair Café Demostad (fictief voorbeeld).',NULL,NULL,NULL,NULL,NULL,'Wijkcentra en data vastleggen.',3,4.3333333333333330372,1.6666666666666667406,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824');
INSERT INTO PlannedActions VALUES(5,1,1,3,2,'A05','A05','Uitleendienst voor gereedschap in de bibliotheek',1,2,2,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,2.3333333333333334813,1.6666666666666667406,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824');
INSERT INTO PlannedActions VALUES(6,1,1,4,1,'A06','A06','Sorteerstraatjes in alle stadsgebouwen',4,2,2,'2026-06-06','2026-11-06',NULL,7,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,1.6666666666666667406,1.3333333333333332593,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824');
INSERT INTO PlannedActions VALUES(7,1,1,4,2,'A07','A07','Eigen vergistingsinstallatie voor gft',5,1,1,NULL,NULL,NULL,21,'Voorbeeldegem',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,3,2.3333333333333334813,4.6666666666666669627,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824');
INSERT INTO PlannedActions VALUES(8,1,1,NULL,1,'A08','A08','Infoavond circulair ondernemen voor handelaars',1,2,2,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,NULL,NULL,'2026-12-06 00:59:33.1674824','2026-12-06 00:59:33.1674824');
CREATE TABLE IF NOT EXISTS "WorkshopItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkshopItems" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "WorkshopActivityId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Source" INTEGER NOT NULL,
    "SourceKey" TEXT NULL,
    "HostName" TEXT NULL,
    "HostParticipantId" INTEGER NULL,
    CONSTRAINT "FK_WorkshopItems_WorkshopActivities_WorkshopActivityId" FOREIGN KEY ("WorkshopActivityId") REFERENCES "WorkshopActivities" ("Id") ON DELETE CASCADE
);
INSERT INTO WorkshopItems VALUES(1,1,1,1,'Herstelpunt in elke wijk',1,NULL,NULL,NULL);
INSERT INTO WorkshopItems VALUES(2,1,1,2,'Circulair aankopen bij de stad',1,NULL,NULL,NULL);
INSERT INTO WorkshopItems VALUES(3,1,1,3,'Minder voedselverlies in scholen',1,NULL,NULL,NULL);
CREATE TABLE IF NOT EXISTS "WorkshopIdeas" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkshopIdeas" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "WorkshopId" INTEGER NOT NULL,
    "WorkshopActivityId" INTEGER NOT NULL,
    "ParticipantId" INTEGER NULL,
    "Kind" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Round" INTEGER NOT NULL,
    "Sheet" INTEGER NULL,
    "ItemKey" INTEGER NOT NULL,
    "BuildsOnIdeaId" INTEGER NULL,
    "SubmissionKey" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_WorkshopIdeas_WorkshopActivities_WorkshopActivityId" FOREIGN KEY ("WorkshopActivityId") REFERENCES "WorkshopActivities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_WorkshopIdeas_WorkshopParticipants_ParticipantId" FOREIGN KEY ("ParticipantId") REFERENCES "WorkshopParticipants" ("Id") ON DELETE SET NULL
);
INSERT INTO WorkshopIdeas VALUES(1,1,1,2,1,1,'Gratis herstelbon bij de kringwinkel',1,0,0,NULL,'D1D14C35-4987-4F4D-8EFE-833B0C7A44DF','2026-12-03 01:24:33.1674824');
INSERT INTO WorkshopIdeas VALUES(2,1,1,2,2,1,'Herstelcafé in de bibliotheek',1,1,0,NULL,'A9D7248A-69A9-4FF8-B17F-177239D947A7','2026-12-03 01:24:33.1674824');
INSERT INTO WorkshopIdeas VALUES(3,1,1,2,3,1,'Onderdelen delen via de materialenbank',1,2,0,NULL,'4846A9BD-7B95-42A7-90FD-C4F1FCE9A274','2026-12-03 01:24:33.1674824');
INSERT INTO WorkshopIdeas VALUES(4,1,1,2,4,1,'Leerlingen technisch onderwijs als herstellers',1,3,0,NULL,'79B8B604-747C-4EDD-AB9E-83BC57E9B8DC','2026-12-03 01:24:33.1674824');
CREATE TABLE IF NOT EXISTS "WorkshopResponses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkshopResponses" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "WorkshopId" INTEGER NOT NULL,
    "WorkshopActivityId" INTEGER NOT NULL,
    "ParticipantId" INTEGER NOT NULL,
    "ItemKey" INTEGER NOT NULL,
    "Slot" INTEGER NOT NULL,
    "Value" INTEGER NOT NULL,
    "Text" TEXT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_WorkshopResponses_WorkshopActivities_WorkshopActivityId" FOREIGN KEY ("WorkshopActivityId") REFERENCES "WorkshopActivities" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_WorkshopResponses_WorkshopParticipants_ParticipantId" FOREIGN KEY ("ParticipantId") REFERENCES "WorkshopParticipants" ("Id") ON DELETE CASCADE
);
INSERT INTO WorkshopResponses VALUES(1,1,1,1,1,1,0,3,NULL,'2026-12-03 01:07:33.1674824');
INSERT INTO WorkshopResponses VALUES(2,1,1,1,1,2,0,2,NULL,'2026-12-03 01:07:33.1674824');
INSERT INTO WorkshopResponses VALUES(3,1,1,1,2,1,0,2,NULL,'2026-12-03 01:07:33.1674824');
INSERT INTO WorkshopResponses VALUES(4,1,1,1,2,3,0,3,NULL,'2026-12-03 01:07:33.1674824');
INSERT INTO WorkshopResponses VALUES(5,1,1,1,3,1,0,3,NULL,'2026-12-03 01:07:33.1674824');
INSERT INTO WorkshopResponses VALUES(6,1,1,1,3,2,0,1,NULL,'2026-12-03 01:07:33.1674824');
INSERT INTO WorkshopResponses VALUES(7,1,1,1,3,3,0,1,NULL,'2026-12-03 01:07:33.1674824');
INSERT INTO WorkshopResponses VALUES(8,1,1,1,4,1,0,1,NULL,'2026-12-03 01:07:33.1674824');
INSERT INTO WorkshopResponses VALUES(9,1,1,1,4,2,0,3,NULL,'2026-12-03 01:07:33.1674824');
INSERT INTO WorkshopResponses VALUES(10,1,1,1,4,3,0,1,NULL,'2026-12-03 01:07:33.1674824');
CREATE TABLE IF NOT EXISTS "AmoreInvitations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AmoreInvitations" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "AmoreRoundId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "StakeholderId" INTEGER NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "UsedAt" TEXT NULL,
    CONSTRAINT "FK_AmoreInvitations_AmoreRounds_AmoreRoundId" FOREIGN KEY ("AmoreRoundId") REFERENCES "AmoreRounds" ("Id") ON DELETE CASCADE
);
INSERT INTO AmoreInvitations VALUES(1,1,1,'Sofie Peeters (kringwinkel)','sofie@kringwinkel.example',NULL,'84F1F1821A30DC87FB17782549F07C4794BDDCB09DF0F5B88FB4A1406D7595D5','2026-11-07 22:59:33.1674824','2026-11-21 22:59:33.1674824','2026-11-08 00:59:33.1674824');
INSERT INTO AmoreInvitations VALUES(2,1,1,'Karim El Amrani (ondernemersraad)','karim@ondernemersraad.example',NULL,'C6D8F457D03DED8764E0FC85B3506B53BF3E331329FCA9FCD9FED551691BBE09','2026-11-08 22:59:33.1674824','2026-11-22 22:59:33.1674824','2026-11-09 00:59:33.1674824');
INSERT INTO AmoreInvitations VALUES(3,1,2,'Sofie Peeters (kringwinkel)','sofie@kringwinkel.example',NULL,'F2D7C4274D002A3B256D9569F07EDFC7ADCDECF818B52A9C221D50CF427E92F2','2026-11-30 22:59:33.1674824','2026-12-14 22:59:33.1674824','2026-12-01 00:59:33.1674824');
INSERT INTO AmoreInvitations VALUES(4,1,2,'Karim El Amrani (ondernemersraad)','karim@ondernemersraad.example',NULL,'0AB1375D1D57FE28526F4F66BA7316F424E7779CBC00CBFE0D146DB61454E132','2026-11-30 22:59:33.1674824','2026-12-14 22:59:33.1674824','2026-12-01 00:59:33.1674824');
CREATE TABLE IF NOT EXISTS "AmoreRatings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AmoreRatings" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "AmoreRoundId" INTEGER NOT NULL,
    "RaterKey" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "RaterName" TEXT NOT NULL,
    "Ambitieus" INTEGER NOT NULL,
    "Motiverend" INTEGER NOT NULL,
    "Onderscheidend" INTEGER NOT NULL,
    "Relevant" INTEGER NOT NULL,
    "Echt" INTEGER NOT NULL,
    "Comment" TEXT NULL,
    "RatedAt" TEXT NOT NULL,
    "ReplacedAt" TEXT NULL,
    CONSTRAINT "FK_AmoreRatings_AmoreRounds_AmoreRoundId" FOREIGN KEY ("AmoreRoundId") REFERENCES "AmoreRounds" ("Id") ON DELETE CASCADE
);
INSERT INTO AmoreRatings VALUES(1,1,1,'lid:1',1,'Demo Coördinator',3,4,2,4,4,'Goede start, maar dit kan over elke stad gaan.','2026-11-08 00:59:33.1674824',NULL);
INSERT INTO AmoreRatings VALUES(2,1,1,'extern:1',2,'Sofie Peeters (kringwinkel)',3,3,2,4,4,'Noem wat Demostad eigen maakt: de haven, de textielgeschiedenis.','2026-11-08 00:59:33.1674824',NULL);
INSERT INTO AmoreRatings VALUES(3,1,1,'extern:2',2,'Karim El Amrani (ondernemersraad)',3,3,3,3,4,NULL,'2026-11-09 00:59:33.1674824',NULL);
INSERT INTO AmoreRatings VALUES(4,1,1,'workshop:demo-kernteam-1',3,'Deelnemer kernteamsessie',3,4,2,4,3,'Zorgzaam is mooi, maar wat betekent het concreet?','2026-11-09 00:59:33.1674824',NULL);
INSERT INTO AmoreRatings VALUES(5,1,2,'lid:1',1,'Demo Coördinator',4,4,4,4,4,NULL,'2026-11-30 00:59:33.1674824',NULL);
INSERT INTO AmoreRatings VALUES(6,1,2,'extern:3',2,'Sofie Peeters (kringwinkel)',4,4,4,4,3,'Nu herken ik Demostad erin.','2026-12-01 00:59:33.1674824',NULL);
INSERT INTO AmoreRatings VALUES(7,1,2,'extern:4',2,'Karim El Amrani (ondernemersraad)',4,3,4,4,3,'Ambitieus; de bedrijven willen graag mee.','2026-12-01 00:59:33.1674824',NULL);
INSERT INTO AmoreRatings VALUES(8,1,2,'workshop:demo-workshop-2',3,'Deelnemer stakeholderworkshop',5,4,4,5,3,NULL,'2026-12-02 00:59:33.1674824',NULL);
CREATE TABLE IF NOT EXISTS "ActionBudgetYears" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionBudgetYears" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "PlannedActionId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Fte" REAL NULL,
    "Euros" TEXT NULL,
    CONSTRAINT "FK_ActionBudgetYears_PlannedActions_PlannedActionId" FOREIGN KEY ("PlannedActionId") REFERENCES "PlannedActions" ("Id") ON DELETE CASCADE
);
INSERT INTO ActionBudgetYears VALUES(1,1,4,2026,0.10000000000000000555,'3000.0');
INSERT INTO ActionBudgetYears VALUES(2,1,3,2026,0.5,'45000.0');
INSERT INTO ActionBudgetYears VALUES(3,1,3,2027,1.0,'80000.0');
INSERT INTO ActionBudgetYears VALUES(4,1,3,2028,1.0,'60000.0');
INSERT INTO ActionBudgetYears VALUES(5,1,1,2026,0.10000000000000000555,'6000.0');
CREATE TABLE IF NOT EXISTS "ActionMilestones" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionMilestones" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "PlannedActionId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Date" TEXT NULL,
    "Description" TEXT NOT NULL,
    "Done" INTEGER NOT NULL,
    CONSTRAINT "FK_ActionMilestones_PlannedActions_PlannedActionId" FOREIGN KEY ("PlannedActionId") REFERENCES "PlannedActions" ("Id") ON DELETE CASCADE
);
INSERT INTO ActionMilestones VALUES(1,1,3,1,'2026-11-06','Locatie op het depot goedgekeurd',1);
INSERT INTO ActionMilestones VALUES(2,1,3,2,'2027-06-06','Opening voor stadsprojecten',0);
INSERT INTO ActionMilestones VALUES(3,1,3,3,'2028-06-06','Opening voor aannemers uit de regio',0);
INSERT INTO ActionMilestones VALUES(4,1,1,1,'2027-02-06','Eerste opleidingsdag',0);
INSERT INTO ActionMilestones VALUES(5,1,1,2,'2027-04-06','Evaluatie en bijsturing',0);
CREATE TABLE IF NOT EXISTS "ActionPartners" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionPartners" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "PlannedActionId" INTEGER NOT NULL,
    "StakeholderId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Role" TEXT NULL,
    CONSTRAINT "FK_ActionPartners_PlannedActions_PlannedActionId" FOREIGN KEY ("PlannedActionId") REFERENCES "PlannedActions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ActionPartners_Stakeholders_StakeholderId" FOREIGN KEY ("StakeholderId") REFERENCES "Stakeholders" ("Id") ON DELETE CASCADE
);
INSERT INTO ActionPartners VALUES(1,1,4,12,1,'Vrijwilligers en materiaal');
INSERT INTO ActionPartners VALUES(2,1,4,22,2,'Onderdelen en doorverwijzing');
INSERT INTO ActionPartners VALUES(3,1,3,13,1,'Trekker van de uitvoering');
INSERT INTO ActionPartners VALUES(4,1,3,22,2,'Sorteert en verkoopt kleinere materialen');
INSERT INTO ActionPartners VALUES(5,1,3,23,3,'Levert materialen aan en deelt de kosten');
INSERT INTO ActionPartners VALUES(6,1,1,17,1,'Kennispartner: geeft de opleiding');
INSERT INTO ActionPartners VALUES(7,1,1,23,2,'Neemt deel met eigen aankopers');
CREATE TABLE IF NOT EXISTS "ActionRatings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionRatings" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "PlannedActionId" INTEGER NOT NULL,
    "RaterKey" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "RaterName" TEXT NOT NULL,
    "Impact" INTEGER NOT NULL,
    "Effort" INTEGER NOT NULL,
    "RatedAt" TEXT NOT NULL,
    "ReplacedAt" TEXT NULL,
    CONSTRAINT "FK_ActionRatings_PlannedActions_PlannedActionId" FOREIGN KEY ("PlannedActionId") REFERENCES "PlannedActions" ("Id") ON DELETE CASCADE
);
INSERT INTO ActionRatings VALUES(1,1,7,'lid:1',1,'Demo Coördinator',3,5,'2026-11-26 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(2,1,7,'workshop:demo-ws2-tafel1',3,'Tafel 1 (workshop ''Van doelen naar acties'')',2,5,'2026-11-27 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(3,1,7,'workshop:demo-ws2-tafel2',3,'Tafel 2 (workshop ''Van doelen naar acties'')',2,4,'2026-11-27 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(4,1,6,'lid:1',1,'Demo Coördinator',2,1,'2026-11-26 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(5,1,6,'workshop:demo-ws2-tafel1',3,'Tafel 1 (workshop ''Van doelen naar acties'')',2,2,'2026-11-27 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(6,1,6,'workshop:demo-ws2-tafel2',3,'Tafel 2 (workshop ''Van doelen naar acties'')',1,1,'2026-11-27 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(7,1,5,'lid:1',1,'Demo Coördinator',2,2,'2026-11-26 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(8,1,5,'workshop:demo-ws2-tafel1',3,'Tafel 1 (workshop ''Van doelen naar acties'')',3,1,'2026-11-27 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(9,1,5,'workshop:demo-ws2-tafel2',3,'Tafel 2 (workshop ''Van doelen naar acties'')',2,2,'2026-11-27 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(10,1,4,'lid:1',1,'Demo Coördinator',4,2,'2026-11-26 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(11,1,4,'workshop:demo-ws2-tafel1',3,'Tafel 1 (workshop ''Van doelen naar acties'')',4,1,'2026-11-27 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(12,1,4,'workshop:demo-ws2-tafel2',3,'Tafel 2 (workshop ''Van doelen naar acties'')',5,2,'2026-11-27 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(13,1,3,'lid:1',1,'Demo Coördinator',5,5,'2026-11-26 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(14,1,3,'workshop:demo-ws2-tafel1',3,'Tafel 1 (workshop ''Van doelen naar acties'')',5,4,'2026-11-27 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(15,1,3,'workshop:demo-ws2-tafel2',3,'Tafel 2 (workshop ''Van doelen naar acties'')',4,5,'2026-11-27 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(16,1,2,'lid:1',1,'Demo Coördinator',4,4,'2026-11-26 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(17,1,2,'workshop:demo-ws2-tafel1',3,'Tafel 1 (workshop ''Van doelen naar acties'')',3,4,'2026-11-27 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(18,1,2,'workshop:demo-ws2-tafel2',3,'Tafel 2 (workshop ''Van doelen naar acties'')',5,5,'2026-11-27 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(19,1,1,'lid:1',1,'Demo Coördinator',4,2,'2026-11-26 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(20,1,1,'workshop:demo-ws2-tafel1',3,'Tafel 1 (workshop ''Van doelen naar acties'')',5,2,'2026-11-27 00:59:33.1674824',NULL);
INSERT INTO ActionRatings VALUES(21,1,1,'workshop:demo-ws2-tafel2',3,'Tafel 2 (workshop ''Van doelen naar acties'')',4,1,'2026-11-27 00:59:33.1674824',NULL);
CREATE TABLE IF NOT EXISTS "ActionRisks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionRisks" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "PlannedActionId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "Likelihood" INTEGER NULL,
    "Impact" INTEGER NULL,
    "Mitigation" TEXT NULL,
    CONSTRAINT "FK_ActionRisks_PlannedActions_PlannedActionId" FOREIGN KEY ("PlannedActionId") REFERENCES "PlannedActions" ("Id") ON DELETE CASCADE
);
INSERT INTO ActionRisks VALUES(1,1,3,1,'Te weinig vraag naar hergebruikte materialen',2,3,'Hergebruik als gunningscriterium in eigen bestekken (zie A01)');
INSERT INTO ActionRisks VALUES(2,1,3,2,'Opslag raakt vol',1,2,'Afspraken over maximale opslagduur');
INSERT INTO ActionRisks VALUES(3,1,1,1,'Te weinig inschrijvingen',2,2,'Samen organiseren met de buurgemeenten');
CREATE TABLE IF NOT EXISTS "ActionSteps" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ActionSteps" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "PlannedActionId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Step" TEXT NOT NULL,
    "Deadline" TEXT NULL,
    "Resources" TEXT NULL,
    CONSTRAINT "FK_ActionSteps_PlannedActions_PlannedActionId" FOREIGN KEY ("PlannedActionId") REFERENCES "PlannedActions" ("Id") ON DELETE CASCADE
);
INSERT INTO ActionSteps VALUES(1,1,3,1,'Inrichting van de zone en rekken','2027-03-06','30.000 euro');
INSERT INTO ActionSteps VALUES(2,1,3,2,'Inventarisatiesysteem (materialenpaspoort)','2027-05-06','0,2 FTE');
INSERT INTO ActionSteps VALUES(3,1,3,3,'Afspraken met aannemers in de bestekken','2027-09-06',NULL);
INSERT INTO ActionSteps VALUES(4,1,1,1,'Programma uitwerken met de hogeschool','2027-01-06','0,05 FTE');
INSERT INTO ActionSteps VALUES(5,1,1,2,'Inschrijvingen openen','2027-01-20',NULL);
CREATE TABLE IF NOT EXISTS "StrategyIdeas" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StrategyIdeas" PRIMARY KEY AUTOINCREMENT,
    "OrganisationId" INTEGER NOT NULL,
    "TrajectoryId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Technique" INTEGER NOT NULL,
    "TechniqueName" TEXT NULL,
    "StrategyDomainId" INTEGER NULL,
    "StrategyGoalId" INTEGER NULL,
    "BuildsOnIdeaId" INTEGER NULL,
    "ContributedBy" TEXT NULL,
    "Votes" INTEGER NOT NULL,
    "WorkshopId" INTEGER NULL,
    "WorkshopIdeaId" INTEGER NULL,
    "PromotedActionId" INTEGER NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_StrategyIdeas_PlannedActions_PromotedActionId" FOREIGN KEY ("PromotedActionId") REFERENCES "PlannedActions" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_StrategyIdeas_StrategyDomains_StrategyDomainId" FOREIGN KEY ("StrategyDomainId") REFERENCES "StrategyDomains" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_StrategyIdeas_StrategyGoals_StrategyGoalId" FOREIGN KEY ("StrategyGoalId") REFERENCES "StrategyGoals" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_StrategyIdeas_StrategyIdeas_BuildsOnIdeaId" FOREIGN KEY ("BuildsOnIdeaId") REFERENCES "StrategyIdeas" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_StrategyIdeas_Trajectories_TrajectoryId" FOREIGN KEY ("TrajectoryId") REFERENCES "Trajectories" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_StrategyIdeas_WorkshopIdeas_WorkshopIdeaId" FOREIGN KEY ("WorkshopIdeaId") REFERENCES "WorkshopIdeas" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_StrategyIdeas_Workshops_WorkshopId" FOREIGN KEY ("WorkshopId") REFERENCES "Workshops" ("Id") ON DELETE SET NULL
);
INSERT INTO StrategyIdeas VALUES(1,1,1,'Deelkast met gereedschap in elke wijk',NULL,3,NULL,2,4,NULL,'Tafel 2',7,NULL,NULL,NULL,'2026-11-22 00:59:33.1674824');
INSERT INTO StrategyIdeas VALUES(2,1,1,'Repair café dat langs de wijkcentra trekt',NULL,1,NULL,2,3,NULL,'Tafel 1',9,NULL,NULL,NULL,'2026-11-22 00:59:33.1674824');
INSERT INTO StrategyIdeas VALUES(3,1,1,'Infoavond circulair ondernemen voor handelaars',NULL,4,NULL,NULL,NULL,NULL,'Tafel 3',5,NULL,NULL,8,'2026-11-22 00:59:33.1674824');
INSERT INTO StrategyIdeas VALUES(4,1,1,'Hergebruikte bakstenen in het nieuwe jeugdhuis, zoals een materialenbank elders deed',NULL,2,NULL,1,2,NULL,'Kernteam',6,NULL,NULL,NULL,'2026-11-22 00:59:33.1674824');
INSERT INTO StrategyIdeas VALUES(5,1,1,'Wandeling langs circulaire plekken in de stad',NULL,5,'Wandeling',2,NULL,NULL,'Klimaattafel',2,NULL,NULL,NULL,'2026-11-22 00:59:33.1674824');
INSERT INTO StrategyIdeas VALUES(6,1,1,'Repair café ook voor fietsen, met de fietsersbond',NULL,1,NULL,2,3,2,'Tafel 1',3,NULL,NULL,NULL,'2026-11-22 00:59:33.1674824');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('Organisations',1);
INSERT INTO sqlite_sequence VALUES('AuditEntries',1754);
INSERT INTO sqlite_sequence VALUES('AspNetUsers',1);
INSERT INTO sqlite_sequence VALUES('Memberships',1);
INSERT INTO sqlite_sequence VALUES('Trajectories',1);
INSERT INTO sqlite_sequence VALUES('TrajectorySessions',5);
INSERT INTO sqlite_sequence VALUES('CustomStakeholderGroups',1);
INSERT INTO sqlite_sequence VALUES('Stakeholders',26);
INSERT INTO sqlite_sequence VALUES('StakeholderAssessments',32);
INSERT INTO sqlite_sequence VALUES('VisionCanvases',1);
INSERT INTO sqlite_sequence VALUES('VisionNotes',7);
INSERT INTO sqlite_sequence VALUES('VisionPolicyReferences',3);
INSERT INTO sqlite_sequence VALUES('VisionVersions',2);
INSERT INTO sqlite_sequence VALUES('AmoreRounds',2);
INSERT INTO sqlite_sequence VALUES('AmoreInvitations',4);
INSERT INTO sqlite_sequence VALUES('AmoreRatings',8);
INSERT INTO sqlite_sequence VALUES('Initiatives',16);
INSERT INTO sqlite_sequence VALUES('ScanDatasets',3);
INSERT INTO sqlite_sequence VALUES('ScanPopulations',5);
INSERT INTO sqlite_sequence VALUES('ScanProfiles',1);
INSERT INTO sqlite_sequence VALUES('ScanImports',3);
INSERT INTO sqlite_sequence VALUES('ScanDatasetYears',18);
INSERT INTO sqlite_sequence VALUES('ScanDomainAssessments',9);
INSERT INTO sqlite_sequence VALUES('Workshops',1);
INSERT INTO sqlite_sequence VALUES('WorkshopActivities',3);
INSERT INTO sqlite_sequence VALUES('WorkshopItems',3);
INSERT INTO sqlite_sequence VALUES('WorkshopParticipants',4);
INSERT INTO sqlite_sequence VALUES('WorkshopIdeas',4);
INSERT INTO sqlite_sequence VALUES('WorkshopResponses',10);
INSERT INTO sqlite_sequence VALUES('StrategyDomains',3);
INSERT INTO sqlite_sequence VALUES('StrategyGoals',4);
INSERT INTO sqlite_sequence VALUES('ActionLines',5);
INSERT INTO sqlite_sequence VALUES('PlannedActions',8);
INSERT INTO sqlite_sequence VALUES('ActionBudgetYears',5);
INSERT INTO sqlite_sequence VALUES('ActionMilestones',5);
INSERT INTO sqlite_sequence VALUES('ActionPartners',7);
INSERT INTO sqlite_sequence VALUES('ActionRatings',21);
INSERT INTO sqlite_sequence VALUES('ActionRisks',3);
INSERT INTO sqlite_sequence VALUES('ActionSteps',5);
INSERT INTO sqlite_sequence VALUES('StrategyIdeas',6);
INSERT INTO sqlite_sequence VALUES('DataProtectionKeys',1);
CREATE INDEX "IX_ActionBudgetYears_OrganisationId" ON "ActionBudgetYears" ("OrganisationId");
CREATE UNIQUE INDEX "IX_ActionBudgetYears_PlannedActionId_Year" ON "ActionBudgetYears" ("PlannedActionId", "Year");
CREATE INDEX "IX_ActionLines_OrganisationId_TrajectoryId" ON "ActionLines" ("OrganisationId", "TrajectoryId");
CREATE INDEX "IX_ActionLines_StrategyGoalId" ON "ActionLines" ("StrategyGoalId");
CREATE INDEX "IX_ActionMilestones_OrganisationId" ON "ActionMilestones" ("OrganisationId");
CREATE INDEX "IX_ActionMilestones_PlannedActionId" ON "ActionMilestones" ("PlannedActionId");
CREATE INDEX "IX_ActionPartners_OrganisationId" ON "ActionPartners" ("OrganisationId");
CREATE UNIQUE INDEX "IX_ActionPartners_PlannedActionId_StakeholderId" ON "ActionPartners" ("PlannedActionId", "StakeholderId");
CREATE INDEX "IX_ActionPartners_StakeholderId" ON "ActionPartners" ("StakeholderId");
CREATE INDEX "IX_ActionRatings_OrganisationId" ON "ActionRatings" ("OrganisationId");
CREATE UNIQUE INDEX "IX_ActionRatings_PlannedActionId_RaterKey" ON "ActionRatings" ("PlannedActionId", "RaterKey");
CREATE INDEX "IX_ActionRisks_OrganisationId" ON "ActionRisks" ("OrganisationId");
CREATE INDEX "IX_ActionRisks_PlannedActionId" ON "ActionRisks" ("PlannedActionId");
CREATE INDEX "IX_ActionSteps_OrganisationId" ON "ActionSteps" ("OrganisationId");
CREATE INDEX "IX_ActionSteps_PlannedActionId" ON "ActionSteps" ("PlannedActionId");
CREATE INDEX "IX_AmoreInvitations_AmoreRoundId" ON "AmoreInvitations" ("AmoreRoundId");
CREATE INDEX "IX_AmoreInvitations_OrganisationId_AmoreRoundId" ON "AmoreInvitations" ("OrganisationId", "AmoreRoundId");
CREATE UNIQUE INDEX "IX_AmoreInvitations_TokenHash" ON "AmoreInvitations" ("TokenHash");
CREATE UNIQUE INDEX "IX_AmoreRatings_AmoreRoundId_RaterKey" ON "AmoreRatings" ("AmoreRoundId", "RaterKey");
CREATE INDEX "IX_AmoreRatings_OrganisationId" ON "AmoreRatings" ("OrganisationId");
CREATE INDEX "IX_AmoreRounds_OrganisationId_TrajectoryId" ON "AmoreRounds" ("OrganisationId", "TrajectoryId");
CREATE INDEX "IX_AmoreRounds_VisionVersionId" ON "AmoreRounds" ("VisionVersionId");
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
CREATE INDEX "IX_AuditEntries_OrganisationId_EntityType_EntityId" ON "AuditEntries" ("OrganisationId", "EntityType", "EntityId");
CREATE INDEX "IX_AuditEntries_UserId" ON "AuditEntries" ("UserId");
CREATE UNIQUE INDEX "IX_CustomStakeholderGroups_OrganisationId_NameKey" ON "CustomStakeholderGroups" ("OrganisationId", "NameKey");
CREATE INDEX "IX_InitiativePartners_OrganisationId_StakeholderId" ON "InitiativePartners" ("OrganisationId", "StakeholderId");
CREATE INDEX "IX_InitiativePartners_StakeholderId" ON "InitiativePartners" ("StakeholderId");
CREATE INDEX "IX_Initiatives_LeadStakeholderId" ON "Initiatives" ("LeadStakeholderId");
CREATE INDEX "IX_Initiatives_OrganisationId_Domain" ON "Initiatives" ("OrganisationId", "Domain");
CREATE UNIQUE INDEX "IX_Initiatives_OrganisationId_NameKey" ON "Initiatives" ("OrganisationId", "NameKey");
CREATE INDEX "IX_Invitations_OrganisationId_Email" ON "Invitations" ("OrganisationId", "Email");
CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON "Invitations" ("TokenHash");
CREATE UNIQUE INDEX "IX_Memberships_OrganisationId_UserId" ON "Memberships" ("OrganisationId", "UserId");
CREATE INDEX "IX_Memberships_UserId" ON "Memberships" ("UserId");
CREATE INDEX "IX_Organisations_ParentId" ON "Organisations" ("ParentId");
CREATE UNIQUE INDEX "IX_Organisations_Slug" ON "Organisations" ("Slug");
CREATE INDEX "IX_PlannedActions_ActionLineId" ON "PlannedActions" ("ActionLineId");
CREATE INDEX "IX_PlannedActions_OrganisationId_TrajectoryId" ON "PlannedActions" ("OrganisationId", "TrajectoryId");
CREATE INDEX "IX_PlannedActions_OwnerStakeholderId" ON "PlannedActions" ("OwnerStakeholderId");
CREATE INDEX "IX_PlannedActions_OwnerUserId" ON "PlannedActions" ("OwnerUserId");
CREATE UNIQUE INDEX "IX_PlannedActions_TrajectoryId_NumberKey" ON "PlannedActions" ("TrajectoryId", "NumberKey");
CREATE UNIQUE INDEX "IX_ScanCategoryMappings_OrganisationId_Scheme_SourceCode" ON "ScanCategoryMappings" ("OrganisationId", "Scheme", "SourceCode");
CREATE INDEX "IX_ScanDatasetCategories_OrganisationId" ON "ScanDatasetCategories" ("OrganisationId");
CREATE INDEX "IX_ScanDatasets_OrganisationId" ON "ScanDatasets" ("OrganisationId");
CREATE INDEX "IX_ScanDatasetYears_OrganisationId" ON "ScanDatasetYears" ("OrganisationId");
CREATE UNIQUE INDEX "IX_ScanDatasetYears_ScanDatasetId_Year" ON "ScanDatasetYears" ("ScanDatasetId", "Year");
CREATE UNIQUE INDEX "IX_ScanDomainAssessments_OrganisationId_DomainCode" ON "ScanDomainAssessments" ("OrganisationId", "DomainCode");
CREATE UNIQUE INDEX "IX_ScanDomainMappings_OrganisationId_Scheme_CategoryCode" ON "ScanDomainMappings" ("OrganisationId", "Scheme", "CategoryCode");
CREATE INDEX "IX_ScanImports_OrganisationId_ScanDatasetId" ON "ScanImports" ("OrganisationId", "ScanDatasetId");
CREATE INDEX "IX_ScanImports_ScanDatasetId" ON "ScanImports" ("ScanDatasetId");
CREATE INDEX "IX_ScanImports_Status" ON "ScanImports" ("Status");
CREATE UNIQUE INDEX "IX_ScanPopulations_OrganisationId_Year" ON "ScanPopulations" ("OrganisationId", "Year");
CREATE UNIQUE INDEX "IX_ScanProfiles_OrganisationId" ON "ScanProfiles" ("OrganisationId");
CREATE UNIQUE INDEX "IX_ScanSourceMappings_OrganisationId_SourceKey_Scheme" ON "ScanSourceMappings" ("OrganisationId", "SourceKey", "Scheme");
CREATE INDEX "IX_SheetImportDrafts_ExpiresAt" ON "SheetImportDrafts" ("ExpiresAt");
CREATE INDEX "IX_SheetImportDrafts_OrganisationId_UserId_Kind" ON "SheetImportDrafts" ("OrganisationId", "UserId", "Kind");
CREATE INDEX "IX_SheetImportDrafts_TrajectoryId" ON "SheetImportDrafts" ("TrajectoryId");
CREATE INDEX "IX_StakeholderAssessments_OrganisationId_StakeholderId_Date" ON "StakeholderAssessments" ("OrganisationId", "StakeholderId", "Date");
CREATE INDEX "IX_StakeholderAssessments_StakeholderId" ON "StakeholderAssessments" ("StakeholderId");
CREATE INDEX "IX_Stakeholders_CustomGroupId" ON "Stakeholders" ("CustomGroupId");
CREATE UNIQUE INDEX "IX_Stakeholders_OrganisationId_NameKey" ON "Stakeholders" ("OrganisationId", "NameKey");
CREATE INDEX "IX_StrategyDomains_OrganisationId" ON "StrategyDomains" ("OrganisationId");
CREATE UNIQUE INDEX "IX_StrategyDomains_TrajectoryId_DomainCode" ON "StrategyDomains" ("TrajectoryId", "DomainCode");
CREATE INDEX "IX_StrategyGoals_OrganisationId_TrajectoryId" ON "StrategyGoals" ("OrganisationId", "TrajectoryId");
CREATE INDEX "IX_StrategyGoals_StrategyDomainId" ON "StrategyGoals" ("StrategyDomainId");
CREATE INDEX "IX_StrategyIdeas_BuildsOnIdeaId" ON "StrategyIdeas" ("BuildsOnIdeaId");
CREATE INDEX "IX_StrategyIdeas_OrganisationId_TrajectoryId" ON "StrategyIdeas" ("OrganisationId", "TrajectoryId");
CREATE INDEX "IX_StrategyIdeas_PromotedActionId" ON "StrategyIdeas" ("PromotedActionId");
CREATE INDEX "IX_StrategyIdeas_StrategyDomainId" ON "StrategyIdeas" ("StrategyDomainId");
CREATE INDEX "IX_StrategyIdeas_StrategyGoalId" ON "StrategyIdeas" ("StrategyGoalId");
CREATE UNIQUE INDEX "IX_StrategyIdeas_TrajectoryId_WorkshopIdeaId" ON "StrategyIdeas" ("TrajectoryId", "WorkshopIdeaId");
CREATE INDEX "IX_StrategyIdeas_WorkshopId" ON "StrategyIdeas" ("WorkshopId");
CREATE INDEX "IX_StrategyIdeas_WorkshopIdeaId" ON "StrategyIdeas" ("WorkshopIdeaId");
CREATE INDEX "IX_Trajectories_OrganisationId" ON "Trajectories" ("OrganisationId");
CREATE INDEX "IX_TrajectorySessions_OrganisationId_TrajectoryId" ON "TrajectorySessions" ("OrganisationId", "TrajectoryId");
CREATE INDEX "IX_TrajectorySessions_TrajectoryId" ON "TrajectorySessions" ("TrajectoryId");
CREATE INDEX "IX_VisionCanvases_OrganisationId" ON "VisionCanvases" ("OrganisationId");
CREATE UNIQUE INDEX "IX_VisionCanvases_TrajectoryId" ON "VisionCanvases" ("TrajectoryId");
CREATE UNIQUE INDEX "IX_VisionNotes_CanvasId_Key" ON "VisionNotes" ("CanvasId", "Key");
CREATE INDEX "IX_VisionNotes_OrganisationId" ON "VisionNotes" ("OrganisationId");
CREATE UNIQUE INDEX "IX_VisionPolicyReferences_CanvasId_Policy" ON "VisionPolicyReferences" ("CanvasId", "Policy");
CREATE INDEX "IX_VisionPolicyReferences_OrganisationId" ON "VisionPolicyReferences" ("OrganisationId");
CREATE UNIQUE INDEX "IX_VisionVersions_CanvasId_Number" ON "VisionVersions" ("CanvasId", "Number");
CREATE INDEX "IX_VisionVersions_OrganisationId_TrajectoryId" ON "VisionVersions" ("OrganisationId", "TrajectoryId");
CREATE INDEX "IX_WorkshopActivities_OrganisationId" ON "WorkshopActivities" ("OrganisationId");
CREATE INDEX "IX_WorkshopActivities_WorkshopId" ON "WorkshopActivities" ("WorkshopId");
CREATE INDEX "IX_WorkshopIdeas_OrganisationId" ON "WorkshopIdeas" ("OrganisationId");
CREATE UNIQUE INDEX "IX_WorkshopIdeas_ParticipantId_SubmissionKey" ON "WorkshopIdeas" ("ParticipantId", "SubmissionKey");
CREATE INDEX "IX_WorkshopIdeas_WorkshopActivityId_Kind" ON "WorkshopIdeas" ("WorkshopActivityId", "Kind");
CREATE INDEX "IX_WorkshopItems_OrganisationId" ON "WorkshopItems" ("OrganisationId");
CREATE INDEX "IX_WorkshopItems_WorkshopActivityId" ON "WorkshopItems" ("WorkshopActivityId");
CREATE UNIQUE INDEX "IX_WorkshopParticipants_WorkshopId_TokenHash" ON "WorkshopParticipants" ("WorkshopId", "TokenHash");
CREATE INDEX "IX_WorkshopResponses_ParticipantId" ON "WorkshopResponses" ("ParticipantId");
CREATE UNIQUE INDEX "IX_WorkshopResponses_WorkshopActivityId_ParticipantId_ItemKey_Slot" ON "WorkshopResponses" ("WorkshopActivityId", "ParticipantId", "ItemKey", "Slot");
CREATE UNIQUE INDEX "IX_Workshops_Code" ON "Workshops" ("Code");
CREATE INDEX "IX_Workshops_OrganisationId_TrajectorySessionId" ON "Workshops" ("OrganisationId", "TrajectorySessionId");
CREATE INDEX "IX_Workshops_TrajectoryId" ON "Workshops" ("TrajectoryId");
CREATE INDEX "IX_Workshops_TrajectorySessionId" ON "Workshops" ("TrajectorySessionId");
COMMIT;
