using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Domain.Units;
using LearningSociety.Web.Auditing;
using LearningSociety.Web.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Data;

/// <summary>
/// The portal's database. Abstract because each provider (SQLite, SQL Server) has its own subclass with
/// its own migrations; the model itself is defined once, in Configurations/.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<AdministrativeLevel> AdministrativeLevels => Set<AdministrativeLevel>();

    public DbSet<AdministrativeUnit> AdministrativeUnits => Set<AdministrativeUnit>();

    public DbSet<UnitYearProfile> UnitYearProfiles => Set<UnitYearProfile>();

    public DbSet<DisadvantagedDesignation> DisadvantagedDesignations => Set<DisadvantagedDesignation>();

    public DbSet<DisadvantagedCommune> DisadvantagedCommunes => Set<DisadvantagedCommune>();

    public DbSet<Data.RejudgeNotice> RejudgeNotices => Set<Data.RejudgeNotice>();

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<CitizenGroup> CitizenGroups => Set<CitizenGroup>();

    public DbSet<IndicatorDefinition> IndicatorDefinitions => Set<IndicatorDefinition>();

    public DbSet<RecognitionRule> RecognitionRules => Set<RecognitionRule>();

    public DbSet<Citizen> Citizens => Set<Citizen>();

    public DbSet<CdhtRegistration> Registrations => Set<CdhtRegistration>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<Data.ApprovalRouteDefinition> ApprovalRoutes => Set<Data.ApprovalRouteDefinition>();

    public DbSet<Data.Candidate> Candidates => Set<Data.Candidate>();

    public DbSet<Data.CardTally> CardTallies => Set<Data.CardTally>();

    public DbSet<Data.DataVersion> DataVersions => Set<Data.DataVersion>();

    public DbSet<Data.DeadlineDefinition> Deadlines => Set<Data.DeadlineDefinition>();

    public DbSet<Data.RecognitionDecision> RecognitionDecisions => Set<Data.RecognitionDecision>();

    public DbSet<Data.SubmittedForm> SubmittedForms => Set<Data.SubmittedForm>();

    public DbSet<Domain.Plans.TargetIndicator> TargetIndicators => Set<Domain.Plans.TargetIndicator>();

    public DbSet<Domain.Plans.LegalBasis> LegalBases => Set<Domain.Plans.LegalBasis>();

    public DbSet<Domain.Plans.Plan> Plans => Set<Domain.Plans.Plan>();

    public DbSet<Domain.Plans.TargetAchievementRecord> TargetAchievements => Set<Domain.Plans.TargetAchievementRecord>();

    public DbSet<Domain.Plans.ResultsReportText> ResultsReportTexts => Set<Domain.Plans.ResultsReportText>();

    public DbSet<Domain.Approvals.DecisionWording> DecisionWordings => Set<Domain.Approvals.DecisionWording>();

    public DbSet<Domain.Universalization.UniversalizationSurveyRecord> UniversalizationSurveys => Set<Domain.Universalization.UniversalizationSurveyRecord>();

    public DbSet<Domain.Universalization.UniversalizationRule> UniversalizationRules => Set<Domain.Universalization.UniversalizationRule>();

    public DbSet<Domain.Universalization.UniversalizationPrerequisite> UniversalizationPrerequisites => Set<Domain.Universalization.UniversalizationPrerequisite>();

    public DbSet<Domain.Universalization.DistrictUniversalizationRule> DistrictUniversalizationRules => Set<Domain.Universalization.DistrictUniversalizationRule>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}

/// <summary>The embedded default: one file, no server.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset values; store them as sortable 64-bit numbers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverterShim>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverterShim>();
    }
}

/// <summary>Production: SQL Server.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Sort keys compare byte by byte, as on SQLite and PostgreSQL ("C").
        builder.Entity<Citizen>().Property(c => c.SortKey).UseCollation("Latin1_General_100_BIN2");
    }
}

/// <summary>Named converter type so conventions can reference it.</summary>
public sealed class DateTimeOffsetToBinaryConverterShim()
    : Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter();
