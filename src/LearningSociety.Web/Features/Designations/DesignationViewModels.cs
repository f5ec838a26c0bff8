namespace LearningSociety.Web.Features.Designations;

public sealed record DesignationRow(int Id, string Citation, int FromYear, int ToYear, IReadOnlyList<string> Communes, int CommuneCount, bool CanEdit);

public sealed record DesignationListViewModel(int Year, IReadOnlyList<DesignationRow> Rows, Shared.Pager Pager, bool CanAdd, string OwnerLevelName);
