namespace LearningSociety.Domain.Deadlines;

/// <summary>How a deadline looks on a given Vietnamese day: days left and the words to show.</summary>
public sealed class DeadlineStatus
{
    /// <summary>From this many days left (inclusive) a deadline is flagged as close.</summary>
    public const int DueSoonDays = 7;

    private DeadlineStatus(int daysLeft) => DaysLeft = daysLeft;

    /// <summary>Days until the due date: 0 on the due date itself, negative once it has passed.</summary>
    public int DaysLeft { get; }

    public bool IsOverdue => DaysLeft < 0;

    public bool IsDueSoon => DaysLeft is >= 0 and <= DueSoonDays;

    /// <summary>"Còn 7 ngày", "Hôm nay là hạn cuối" or "Quá hạn 3 ngày".</summary>
    public string Text => DaysLeft switch
    {
        > 0 => $"Còn {DaysLeft} ngày",
        0 => "Hôm nay là hạn cuối",
        _ => $"Quá hạn {-DaysLeft} ngày",
    };

    /// <param name="today">Today in Vietnam; take it from <see cref="VietnamClock.Today"/>, not from UTC.</param>
    public static DeadlineStatus Of(Deadline deadline, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return new DeadlineStatus(deadline.DueDate.DayNumber - today.DayNumber);
    }
}
