using LearningSociety.Web.Data.Seeding;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Results;

namespace LearningSociety.Web.Configuration;

/// <summary>Services of the feature folders.</summary>
public static class FeaturesConfiguration
{
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Features.Designations.DesignationOptions>(configuration.GetSection(Features.Designations.DesignationOptions.Section));
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<IDemoYearSeeder, Features.Demo.DemoYear>();
        services.AddScoped<Features.Decisions.DecisionIssuing>();
        services.AddScoped<Features.Approvals.WaitingWork>();
        services.AddScoped<LearningSociety.Web.Features.Imports.CitizenImporter>();
        services.AddScoped<Data.RecognitionRuleLookup>();
        services.AddScoped<Features.Designations.DesignationKeeping>();
        services.AddScoped<Features.Approvals.ApprovalService>();
        services.AddScoped<Features.Approvals.InboxQueries>();
        services.AddScoped<Features.Account.AuthenticatorEnrolment>();
        services.AddScoped<Features.Results.CardCounts>();
        services.AddScoped<Features.Results.CdhtResultsRollUp>();
        services.AddScoped<Features.Reports.ProposalListReport>();
        services.AddScoped<Features.Reports.CommuneSummaryReport>();
        services.AddScoped<Features.Reports.DistrictSummaryReport>();
        services.AddScoped<Features.Reports.DecisionReport>();
        services.AddScoped<Features.Reports.ScorecardReport>();
        services.AddScoped<Features.Reports.AppraisalMinutesReport>();
        services.AddScoped<Features.Reports.ReportExporter>();
        services.AddScoped<Features.Results.UniversalizationResults>();
        services.AddScoped<Features.Results.TargetResults>();
        services.AddScoped<Features.Plans.PlanEditing>();
        services.AddScoped<Features.Targets.TargetEntry>();
        services.AddScoped<Features.Reports.PlanReport>();
        services.AddScoped<Features.Reports.UniversalizationReport>();
        services.AddScoped<Features.Reports.TargetsReport>();
        services.AddScoped<Features.Reports.NarrativeReport>();
        services.AddScoped<Features.Reports.DecisionWordings>();
        services.AddScoped<Features.Universalization.SurveyImporter>();
        services.AddScoped<Features.Universalization.SurveyTemplate>();
        services.AddScoped<Features.Universalization.SurveyEntry>();
        services.AddScoped<Features.Universalization.UniversalizationPages>();
        services.AddScoped<Features.Citizens.CitizenRegister>();
        services.AddScoped<Features.Universalization.UniversalizationRuleCorrections>();
        return services;
    }
}
