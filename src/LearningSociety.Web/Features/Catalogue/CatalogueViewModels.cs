using LearningSociety.Domain.Scorecards;

namespace LearningSociety.Web.Features.Catalogue;

public sealed record CatalogueViewModel(IReadOnlyList<CitizenGroup> Groups, CitizenGroup Group, int Year,
    IReadOnlyList<IndicatorDefinition> Indicators, IReadOnlyList<RecognitionRule> Rules, IReadOnlyDictionary<int, string> ScopeNames);
