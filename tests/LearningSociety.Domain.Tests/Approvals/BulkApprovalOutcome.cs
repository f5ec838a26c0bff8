using LearningSociety.Domain.Approvals;

namespace LearningSociety.Domain.Tests.Approvals;

public class BulkApprovalOutcome
{
    [Fact]
    public void BulkApprovalReportsEachItemAndDoesNotStopAtTheFirstRefusal()
    {
        var draft = CandidateBuilder.OnTwoTierRoute().Build();
        var first = CandidateBuilder.OnTwoTierRoute().Proposed().Build();
        var last = CandidateBuilder.OnTwoTierRoute().Proposed().Build();

        var outcome = BulkOutcome.Apply([first, draft, last], c => c.Approve("can-bo-xa", "commune", CandidateBuilder.At));

        Assert.Equal([true, false, true], outcome.Items.Select(i => i.Succeeded));
        Assert.Equal(CandidateState.Recognised, last.State);
        Assert.StartsWith("Không thể công nhận: hồ sơ đang ở trạng thái “Chưa đề nghị”", outcome.Items[1].Error);
        Assert.Same(draft, Assert.Single(outcome.Failures).Item);
        Assert.Equal("Đã xử lý 2/3 hồ sơ; 1 hồ sơ không thực hiện được", outcome.Summary);
    }

    [Fact]
    public void RefusedItemIsLeftUnchanged()
    {
        var draft = CandidateBuilder.OnTwoTierRoute().Build();

        BulkOutcome.Apply([draft], c => c.Approve("can-bo-xa", "commune", CandidateBuilder.At));

        Assert.Equal((CandidateState.Draft, 0), (draft.State, draft.Version));
    }

    [Fact]
    public void AllSucceededWhenNothingIsRefused()
    {
        var outcome = BulkOutcome.Apply(
            [CandidateBuilder.OnTwoTierRoute().Proposed().Build()],
            c => c.Approve("can-bo-xa", "commune", CandidateBuilder.At));

        Assert.True(outcome.AllSucceeded);
        Assert.Equal("Đã xử lý 1/1 hồ sơ", outcome.Summary);
    }

    [Fact]
    public void ExceptionsThatAreNotRefusalsAreBugsAndPropagate()
    {
        Assert.Throws<InvalidOperationException>(
            () => BulkOutcome.Apply([1, 2], _ => throw new InvalidOperationException()));
    }
}
