using LearningSociety.Web.Data.Seeding;

namespace LearningSociety.Web.Configuration;

/// <summary>Services of the feature folders.</summary>
public static class FeaturesConfiguration
{
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services)
    {
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoPlanSeeder>();
        services.AddScoped<LearningSociety.Web.Features.Imports.CitizenImporter>();
        services.AddScoped<Features.Scorecards.RecognitionRuleLookup>();
        services.AddScoped<Features.Approvals.ApprovalService>();
        services.AddScoped<Features.Reports.CdhtResultsRollUp>();
        services.AddScoped<Features.Reports.ProposalListReport>();
        services.AddScoped<Features.Reports.CommuneSummaryReport>();
        services.AddScoped<Features.Reports.DistrictSummaryReport>();
        services.AddScoped<Features.Reports.DecisionReport>();
        services.AddScoped<Features.Reports.ScorecardReport>();
        services.AddScoped<Features.Reports.ReportExporter>();
        services.AddScoped<Features.Universalization.UniversalizationResults>();
        services.AddScoped<Features.Plans.TargetResults>();
        services.AddScoped<Features.Reports.PlanReport>();
        services.AddScoped<Features.Reports.UniversalizationReport>();
        services.AddScoped<Features.Reports.TargetsReport>();
        services.AddScoped<Features.Universalization.SurveyImporter>();
        return services;
    }
}
