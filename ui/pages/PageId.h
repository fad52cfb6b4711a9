#pragma once

/// The wizard's pages in order; QWizard page ids.
enum PageId : int {
    DestinationPageId,
    MailServersPageId,
    ConnectionPageId,
    SignInPageId,
    MessagePageId,
    RunPageId,
    SummaryPageId,
    ExplainPageId,
    BatchListPageId,
    BatchResultsPageId,
    PracticePageId, // practice mode only (PracticeFlow)
};
