#pragma once

#include "smtp/Stage.h"

#include <QCoreApplication>

/// The steps of a test as people read them ("Checking the recipients").
class StageText
{
    Q_DECLARE_TR_FUNCTIONS(StageText)
public:
    static QString label(Smtp::Stage stage);
};
