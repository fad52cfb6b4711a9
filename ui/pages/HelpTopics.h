#pragma once

#include <QStringList>

/// Which section of the user guide (resources/help/guide.html) belongs to which wizard
/// page: the anchor the Help button and F1 open the guide at.
namespace HelpTopics {

/// The guide's anchor for a page id (PageId); the guide's top for an unknown id.
QString anchor(int pageId);
/// Every anchor this table uses, so a test can check that the guide still has them.
QStringList anchors();

} // namespace HelpTopics
