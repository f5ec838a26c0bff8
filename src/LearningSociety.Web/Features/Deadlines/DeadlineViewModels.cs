using LearningSociety.Web.Data;

namespace LearningSociety.Web.Features.Deadlines;

public sealed record DeadlineListViewModel(int Year, IReadOnlyList<DeadlineDefinition> Deadlines, IReadOnlyDictionary<string, string> LevelNames);
