using LearningSociety.Domain.Citizens;
using LearningSociety.Domain.Scorecards;
using LearningSociety.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LearningSociety.Web.Features.Citizens;

/// <summary>Filters of the citizen list; all optional, all in the query string so a list can be bookmarked.</summary>
public sealed class CitizenFilter
{
    public const int PageSize = 25;

    public int? Year { get; set; }

    public int? VillageId { get; set; }

    public int? GroupId { get; set; }

    /// <summary>none, registered, selfassessed, passed, failed.</summary>
    public string? Status { get; set; }

    public string? Q { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record CitizenRow(int Id, string FullName, int BirthYear, Gender Gender, string GroupName, string VillageName,
    int? RegistrationId, ScorecardStatus? Status, int? Total, bool? Passed, bool HasConsent);

/// <summary>One page of the register: its rows in name order, how many citizens the filter matches, and the page shown.</summary>
public sealed record CitizenPage(IReadOnlyList<CitizenRow> Rows, int Total, int Page);

public sealed record CitizenListViewModel(CitizenFilter Filter, int Year, IReadOnlyList<CitizenRow> Rows, int TotalCount,
    IReadOnlyList<SelectListItem> Villages, IReadOnlyList<SelectListItem> Groups, bool CanEdit, int CarryOverCandidates)
{
    public int PageCount => Pager.PageCountOf(TotalCount, CitizenFilter.PageSize);
}

public sealed record RegistrationSummary(int Id, int Year, string GroupName, ScorecardStatus Status, int? SelfTotal, int? AppraisedTotal,
    bool? Passed, string RegisteredBy, DateTimeOffset RegisteredAt, bool IsLocked, Recognition? Recognition = null);

/// <summary>
/// How a year was recognised: by a decision on the route (its number and date), or as an earlier year entered by the
/// branch from paper (<see cref="IsPast"/>) with its decision or none, confirmed by the commune or still waiting.
/// </summary>
public sealed record Recognition(bool IsPast, string? DecisionNumber, DateOnly? DecisionDate, bool Confirmed)
{
    /// <summary>"Đã công nhận — QĐ số 1258/QĐ-UBND ngày 15/12/2025".</summary>
    public string Text => (IsPast ? (Confirmed ? "Đã công nhận (nhập lịch sử, xã đã xác nhận)" : "Nhập lịch sử — chờ UBND xã xác nhận") : "Đã công nhận")
        + (DecisionNumber is null ? IsPast ? " — không có quyết định" : string.Empty
            : $" — QĐ số {DecisionNumber}" + (DecisionDate is { } d ? $" ngày {Domain.VietnameseFormat.Date(d)}" : string.Empty));
}

public sealed record CitizenDetailsViewModel(int Id, string FullName, DateOnly? DateOfBirth, int BirthYear, Gender Gender, string GroupName,
    string VillageName, string MaskedNationalId, string? Phone, DateOnly? ConsentDate, string? ConsentRecordedBy,
    IReadOnlyList<RegistrationSummary> Registrations, int CurrentYear, bool CanEdit, bool IsOutstanding, int ConsecutiveYearsForOutstanding,
    int ViewedYear, bool IsRecognisedInViewedYear, int EarliestYear);
