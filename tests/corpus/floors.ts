/** Written by scripts/set-floors.ts from measured figures; see tests/rules/corpus.test.ts. */
export const FLOORS: Record<string, { cleanWarned: number; breachSilent: number; categories: Record<string, { precision: number; recall: number }> }> = {
  "tests/corpus/dev.jsonl": {
    "cleanWarned": 0.042,
    "breachSilent": 0.02,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.81,
        "recall": 0.91
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.91,
        "recall": 0.94
      },
      "confidential": {
        "precision": 0.82,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.59,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev2.jsonl": {
    "cleanWarned": 0.049,
    "breachSilent": 0.021,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.91
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.95,
        "recall": 0.95
      },
      "confidential": {
        "precision": 0.64,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.87,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev3.jsonl": {
    "cleanWarned": 0.07,
    "breachSilent": 0.032,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.63,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.51,
        "recall": 0.72
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0.72,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.75,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev4.jsonl": {
    "cleanWarned": 0.015,
    "breachSilent": 0.015,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.95,
        "recall": 0.86
      },
      "profanity": {
        "precision": 0.77,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.25,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.63,
        "recall": 0.94
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/everyday-name-nursery.jsonl": {
    "cleanWarned": 0.091,
    "breachSilent": 0.026,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.79,
        "recall": 0.85
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.94
      },
      "personal-info": {
        "precision": 0.89,
        "recall": 0.82
      },
      "confidential": {
        "precision": 0.77,
        "recall": 0.85
      },
      "work-talk": {
        "precision": 0.91,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.88,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/church-primary.jsonl": {
    "cleanWarned": 0.025,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.69,
        "recall": 0.88
      },
      "profanity": {
        "precision": 0.94,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.68
      },
      "confidential": {
        "precision": 0.77,
        "recall": 0.86
      },
      "work-talk": {
        "precision": 0.95,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/community-preschool.jsonl": {
    "cleanWarned": 0.078,
    "breachSilent": 0.031,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.95,
        "recall": 0.95
      },
      "derogatory": {
        "precision": 0.56,
        "recall": 0.86
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.7,
        "recall": 0.78
      },
      "confidential": {
        "precision": 0.72,
        "recall": 0.74
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/childminder-club.jsonl": {
    "cleanWarned": 0.068,
    "breachSilent": 0.054,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.92
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.89,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.76
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.84
      },
      "personal-info": {
        "precision": 0.54,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.86,
        "recall": 0.76
      },
      "work-talk": {
        "precision": 0.9,
        "recall": 0.85
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/secondary-high.jsonl": {
    "cleanWarned": 0.058,
    "breachSilent": 0.022,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.92,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.73,
        "recall": 0.81
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.92
      },
      "personal-info": {
        "precision": 0.84,
        "recall": 0.7
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.94
      },
      "work-talk": {
        "precision": 0.86,
        "recall": 0.94
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/forest-nursery.jsonl": {
    "cleanWarned": 0.085,
    "breachSilent": 0.042,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.89,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.66,
        "recall": 0.85
      },
      "profanity": {
        "precision": 0.9,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.72,
        "recall": 0.81
      },
      "confidential": {
        "precision": 0.75,
        "recall": 0.82
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/out-of-school-club.jsonl": {
    "cleanWarned": 0.056,
    "breachSilent": 0.037,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.91,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.67,
        "recall": 0.81
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.77,
        "recall": 0.72
      },
      "confidential": {
        "precision": 0.67,
        "recall": 0.76
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.89
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/infant-school.jsonl": {
    "cleanWarned": 0.095,
    "breachSilent": 0.032,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.92,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.63,
        "recall": 0.87
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.78,
        "recall": 0.75
      },
      "confidential": {
        "precision": 0.76,
        "recall": 0.91
      },
      "work-talk": {
        "precision": 0.86,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/nursery-group.jsonl": {
    "cleanWarned": 0.1,
    "breachSilent": 0.02,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.86,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.74,
        "recall": 0.85
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.68,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.74,
        "recall": 0.78
      },
      "work-talk": {
        "precision": 0.87,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/family-hub.jsonl": {
    "cleanWarned": 0.076,
    "breachSilent": 0.039,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.69,
        "recall": 0.67
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.8
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.72
      },
      "work-talk": {
        "precision": 0.85,
        "recall": 0.87
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/prep-school.jsonl": {
    "cleanWarned": 0.092,
    "breachSilent": 0.031,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.76,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.83,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.68,
        "recall": 0.7
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.8
      },
      "confidential": {
        "precision": 0.82,
        "recall": 0.87
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.94
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/city-nursery.jsonl": {
    "cleanWarned": 0.123,
    "breachSilent": 0.027,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.87
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.87,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.83,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.67,
        "recall": 0.81
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.72,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0.71,
        "recall": 0.83
      },
      "work-talk": {
        "precision": 0.74,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/junior-school.jsonl": {
    "cleanWarned": 0.134,
    "breachSilent": 0.037,
    "categories": {
      "setting-name": {
        "precision": 0.89,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.78,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.73,
        "recall": 0.87
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.6,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.84
      },
      "work-talk": {
        "precision": 0.51,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/special-school.jsonl": {
    "cleanWarned": 0.089,
    "breachSilent": 0.02,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.74,
        "recall": 0.8
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.73,
        "recall": 0.73
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.82
      },
      "work-talk": {
        "precision": 0.87,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/scottish-primary.jsonl": {
    "cleanWarned": 0.15,
    "breachSilent": 0.028,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.91
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.8,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.79,
        "recall": 0.8
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.78,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.78,
        "recall": 0.83
      },
      "work-talk": {
        "precision": 0.85,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/hospital-nursery.jsonl": {
    "cleanWarned": 0.058,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.93,
        "recall": 0.88
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.92,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.7,
        "recall": 0.7
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.59,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.86,
        "recall": 0.86
      },
      "work-talk": {
        "precision": 0.82,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/ni-primary.jsonl": {
    "cleanWarned": 0.14,
    "breachSilent": 0.032,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.73,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.84,
        "recall": 0.84
      },
      "derogatory": {
        "precision": 0.88,
        "recall": 0.87
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.66,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.91,
        "recall": 0.72
      },
      "work-talk": {
        "precision": 0.89,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-1.jsonl": {
    "cleanWarned": 0.061,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.96,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-2.jsonl": {
    "cleanWarned": 0.074,
    "breachSilent": 0.015,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.94,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.77,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.89,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-3.jsonl": {
    "cleanWarned": 0.06,
    "breachSilent": 0.027,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.92,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.87,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.83,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-4.jsonl": {
    "cleanWarned": 0.139,
    "breachSilent": 0.032,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.61,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.95,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-5.jsonl": {
    "cleanWarned": 0.081,
    "breachSilent": 0.026,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.78,
        "recall": 0.9
      },
      "profanity": {
        "precision": 0.85,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.83,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/church-hall-preschool.jsonl": {
    "cleanWarned": 0.11,
    "breachSilent": 0.039,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.87
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.81
      },
      "derogatory": {
        "precision": 0.62,
        "recall": 0.85
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.62,
        "recall": 0.78
      },
      "confidential": {
        "precision": 0.69,
        "recall": 0.84
      },
      "work-talk": {
        "precision": 0.85,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/seaside-academy.jsonl": {
    "cleanWarned": 0.104,
    "breachSilent": 0.023,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.73
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.75
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.73,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0.81,
        "recall": 0.83
      },
      "work-talk": {
        "precision": 0.86,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-6.jsonl": {
    "cleanWarned": 0.069,
    "breachSilent": 0.025,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.72,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.88,
        "recall": 0.94
      },
      "personal-info": {
        "precision": 0.91,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.96,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/garrison-primary.jsonl": {
    "cleanWarned": 0.163,
    "breachSilent": 0.14,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.92
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.87,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.79,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.68,
        "recall": 0.6
      },
      "profanity": {
        "precision": 0.56,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.77,
        "recall": 0.63
      },
      "confidential": {
        "precision": 0.8,
        "recall": 0.73
      },
      "work-talk": {
        "precision": 0.8,
        "recall": 0.79
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/saint-girls.jsonl": {
    "cleanWarned": 0.187,
    "breachSilent": 0.159,
    "categories": {
      "setting-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.72,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.81,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.59,
        "recall": 0.77
      },
      "profanity": {
        "precision": 0.77,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.89,
        "recall": 0.78
      },
      "confidential": {
        "precision": 0.74,
        "recall": 0.74
      },
      "work-talk": {
        "precision": 0.77,
        "recall": 0.76
      },
      "political-religious": {
        "precision": 0.78,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-7.jsonl": {
    "cleanWarned": 0.075,
    "breachSilent": 0.066,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.51,
        "recall": 0.68
      },
      "profanity": {
        "precision": 0.9,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.89,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0.43,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.09,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/holdout.jsonl": {
    "cleanWarned": 0.115,
    "breachSilent": 0.055,
    "categories": {
      "setting-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.89
      },
      "child-name": {
        "precision": 0.8,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.89,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.74,
        "recall": 0.74
      },
      "profanity": {
        "precision": 0.78,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.92,
        "recall": 0.72
      },
      "confidential": {
        "precision": 0.69,
        "recall": 0.89
      },
      "work-talk": {
        "precision": 0.81,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/wales-childrens-centre.jsonl": {
    "cleanWarned": 0.148,
    "breachSilent": 0.023,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.89
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.82,
        "recall": 0.78
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.73,
        "recall": 0.82
      },
      "confidential": {
        "precision": 0.86,
        "recall": 0.79
      },
      "work-talk": {
        "precision": 0.82,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/academy-staff-nursery.jsonl": {
    "cleanWarned": 0.204,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.94,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.77,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.92,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.69,
        "recall": 0.84
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.94
      },
      "personal-info": {
        "precision": 0.88,
        "recall": 0.72
      },
      "confidential": {
        "precision": 0.78,
        "recall": 0.87
      },
      "work-talk": {
        "precision": 0.8,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.94,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/special-school-3-19.jsonl": {
    "cleanWarned": 0.086,
    "breachSilent": 0.046,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.69,
        "recall": 0.73
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.78,
        "recall": 0.71
      },
      "confidential": {
        "precision": 0.69,
        "recall": 0.74
      },
      "work-talk": {
        "precision": 0.81,
        "recall": 0.89
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/scottish-prep-kindergarten.jsonl": {
    "cleanWarned": 0.093,
    "breachSilent": 0.037,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.81,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.78,
        "recall": 0.66
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.62,
        "recall": 0.83
      },
      "confidential": {
        "precision": 0.79,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.83,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/village-committee-preschool.jsonl": {
    "cleanWarned": 0.073,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.9,
        "recall": 0.74
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.93
      },
      "child-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.84,
        "recall": 0.94
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.75,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0.77,
        "recall": 0.81
      },
      "work-talk": {
        "precision": 0.81,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/primary-academy-resource-base.jsonl": {
    "cleanWarned": 0.137,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.93
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.69,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.81
      },
      "derogatory": {
        "precision": 0.69,
        "recall": 0.87
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.59,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.85,
        "recall": 0.93
      },
      "work-talk": {
        "precision": 0.86,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/village-preschool-everyday-name.jsonl": {
    "cleanWarned": 0.13,
    "breachSilent": 0.033,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.89,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.67,
        "recall": 0.89
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.6,
        "recall": 0.83
      },
      "confidential": {
        "precision": 0.82,
        "recall": 0.92
      },
      "work-talk": {
        "precision": 0.81,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/all-through-academy.jsonl": {
    "cleanWarned": 0.084,
    "breachSilent": 0.029,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.75
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.87,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.84,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.76,
        "recall": 0.84
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.84,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.82,
        "recall": 0.79
      },
      "work-talk": {
        "precision": 0.83,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/welsh-medium-primary.jsonl": {
    "cleanWarned": 0.273,
    "breachSilent": 0.04,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.91,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.6,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.72,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.57,
        "recall": 0.74
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.87
      },
      "personal-info": {
        "precision": 0.8,
        "recall": 0.67
      },
      "confidential": {
        "precision": 0.76,
        "recall": 0.92
      },
      "work-talk": {
        "precision": 0.63,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/alternative-provision-academy.jsonl": {
    "cleanWarned": 0.143,
    "breachSilent": 0.052,
    "categories": {
      "setting-name": {
        "precision": 0.87,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.84
      },
      "derogatory": {
        "precision": 0.73,
        "recall": 0.78
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.74,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.84,
        "recall": 0.83
      },
      "work-talk": {
        "precision": 0.85,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/montessori-childrens-house.jsonl": {
    "cleanWarned": 0.1,
    "breachSilent": 0.051,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.81,
        "recall": 0.91
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.82,
        "recall": 0.79
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.56,
        "recall": 0.74
      },
      "confidential": {
        "precision": 0.89,
        "recall": 0.85
      },
      "work-talk": {
        "precision": 0.71,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/three-form-entry-primary.jsonl": {
    "cleanWarned": 0.152,
    "breachSilent": 0.043,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.88
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.71,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.81,
        "recall": 0.83
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.73,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0.86,
        "recall": 0.84
      },
      "work-talk": {
        "precision": 0.69,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/rural-primary-federation.jsonl": {
    "cleanWarned": 0.121,
    "breachSilent": 0.128,
    "categories": {
      "setting-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.76,
        "recall": 0.87
      },
      "staff-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.74,
        "recall": 0.74
      },
      "profanity": {
        "precision": 0.78,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.78,
        "recall": 0.81
      },
      "confidential": {
        "precision": 0.88,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.31,
        "recall": 0.81
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/nursery-chain-branch.jsonl": {
    "cleanWarned": 0.155,
    "breachSilent": 0.1,
    "categories": {
      "setting-name": {
        "precision": 0.85,
        "recall": 0.92
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.72,
        "recall": 0.89
      },
      "staff-name": {
        "precision": 0.88,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.72,
        "recall": 0.68
      },
      "profanity": {
        "precision": 0.82,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.85,
        "recall": 0.82
      },
      "confidential": {
        "precision": 0.97,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.11,
        "recall": 0.59
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/valleys-welsh-medium-primary.jsonl": {
    "cleanWarned": 0.235,
    "breachSilent": 0.125,
    "categories": {
      "setting-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.63,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.69,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.67,
        "recall": 0.72
      },
      "profanity": {
        "precision": 0.89,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.68,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.79,
        "recall": 0.7
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.84
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/mill-town-nursery-school.jsonl": {
    "cleanWarned": 0.138,
    "breachSilent": 0.076,
    "categories": {
      "setting-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.86,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.8,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.75,
        "recall": 0.74
      },
      "profanity": {
        "precision": 0.9,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.79,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0.77,
        "recall": 0.89
      },
      "work-talk": {
        "precision": 0.7,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-17.jsonl": {
    "cleanWarned": 0.096,
    "breachSilent": 0.11,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.53,
        "recall": 0.84
      },
      "profanity": {
        "precision": 0.86,
        "recall": 0.77
      },
      "personal-info": {
        "precision": 0.84,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.3,
        "recall": 0.68
      },
      "work-talk": {
        "precision": 0.49,
        "recall": 0.89
      },
      "political-religious": {
        "precision": 0.83,
        "recall": 0.96
      }
    }
  },
  "tests/corpus/settings/village-childminding-partnership.jsonl": {
    "cleanWarned": 0.076,
    "breachSilent": 0.153,
    "categories": {
      "setting-name": {
        "precision": 0.92,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.86,
        "recall": 0.91
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.72,
        "recall": 0.61
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.92
      },
      "personal-info": {
        "precision": 0.72,
        "recall": 0.72
      },
      "confidential": {
        "precision": 0.86,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.12,
        "recall": 0.69
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/catholic-comprehensive.jsonl": {
    "cleanWarned": 0.153,
    "breachSilent": 0.166,
    "categories": {
      "setting-name": {
        "precision": 0.87,
        "recall": 0.87
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.72,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.88,
        "recall": 0.81
      },
      "derogatory": {
        "precision": 0.61,
        "recall": 0.68
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.55,
        "recall": 0.55
      },
      "confidential": {
        "precision": 0.91,
        "recall": 0.7
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.76
      },
      "political-religious": {
        "precision": 0.89,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/islamic-primary.jsonl": {
    "cleanWarned": 0.261,
    "breachSilent": 0.126,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.64,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.83,
        "recall": 0.76
      },
      "derogatory": {
        "precision": 0.71,
        "recall": 0.65
      },
      "profanity": {
        "precision": 0.89,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.67,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.77
      },
      "work-talk": {
        "precision": 0.81,
        "recall": 0.85
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-21.jsonl": {
    "cleanWarned": 0.061,
    "breachSilent": 0.08,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.78,
        "recall": 0.79
      },
      "profanity": {
        "precision": 0.88,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.81
      },
      "confidential": {
        "precision": 0.74,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.46,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-22.jsonl": {
    "cleanWarned": 0.135,
    "breachSilent": 0.198,
    "categories": {
      "setting-name": {
        "precision": 0.92,
        "recall": 0.78
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.9
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.61,
        "recall": 0.54
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.81
      },
      "confidential": {
        "precision": 0.72,
        "recall": 0.7
      },
      "work-talk": {
        "precision": 0.78,
        "recall": 0.74
      },
      "political-religious": {
        "precision": 0.77,
        "recall": 0.89
      }
    }
  },
  "tests/corpus/sealed/sealed-23.jsonl": {
    "cleanWarned": 0.183,
    "breachSilent": 0.11,
    "categories": {
      "setting-name": {
        "precision": 0.87,
        "recall": 0.84
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.78,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.92,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.6,
        "recall": 0.58
      },
      "profanity": {
        "precision": 0.65,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.75,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0.92,
        "recall": 0.94
      },
      "work-talk": {
        "precision": 0.57,
        "recall": 0.79
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-24.jsonl": {
    "cleanWarned": 0.155,
    "breachSilent": 0.181,
    "categories": {
      "setting-name": {
        "precision": 0.77,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.7,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.59,
        "recall": 0.45
      },
      "profanity": {
        "precision": 0.73,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.63
      },
      "confidential": {
        "precision": 0.84,
        "recall": 0.92
      },
      "work-talk": {
        "precision": 0.35,
        "recall": 0.64
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/everyday-25.jsonl": {
    "cleanWarned": 0.091,
    "breachSilent": 0.056,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.11,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.87,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.15,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.21,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.96,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-26.jsonl": {
    "cleanWarned": 0.079,
    "breachSilent": 0.146,
    "categories": {
      "setting-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.82,
        "recall": 0.91
      },
      "staff-name": {
        "precision": 0.82,
        "recall": 0.92
      },
      "derogatory": {
        "precision": 0.68,
        "recall": 0.65
      },
      "profanity": {
        "precision": 0.91,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0.81,
        "recall": 0.72
      },
      "work-talk": {
        "precision": 0.37,
        "recall": 0.8
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.91
      }
    }
  },
  "tests/corpus/sealed/sealed-27.jsonl": {
    "cleanWarned": 0.158,
    "breachSilent": 0.083,
    "categories": {
      "setting-name": {
        "precision": 0.79,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.9
      },
      "staff-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.39,
        "recall": 0.6
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.92
      },
      "personal-info": {
        "precision": 0.72,
        "recall": 0.65
      },
      "confidential": {
        "precision": 0.73,
        "recall": 0.93
      },
      "work-talk": {
        "precision": 0.1,
        "recall": 0.73
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-28.jsonl": {
    "cleanWarned": 0.224,
    "breachSilent": 0.063,
    "categories": {
      "setting-name": {
        "precision": 0.72,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.71,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.39,
        "recall": 0.69
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.74,
        "recall": 0.7
      },
      "confidential": {
        "precision": 0.69,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.19,
        "recall": 0.85
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-30.jsonl": {
    "cleanWarned": 0.172,
    "breachSilent": 0.12,
    "categories": {
      "setting-name": {
        "precision": 0.89,
        "recall": 0.67
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.66
      },
      "derogatory": {
        "precision": 0.67,
        "recall": 0.54
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.68,
        "recall": 0.64
      },
      "confidential": {
        "precision": 0.75,
        "recall": 0.89
      },
      "work-talk": {
        "precision": 0.34,
        "recall": 0.85
      },
      "political-religious": {
        "precision": 0.87,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/everyday-29.jsonl": {
    "cleanWarned": 0.042,
    "breachSilent": 0.154,
    "categories": {
      "child-name": {
        "precision": 0.08,
        "recall": 0.13
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.58,
        "recall": 0.74
      },
      "profanity": {
        "precision": 0.91,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.79
      },
      "confidential": {
        "precision": 0.62,
        "recall": 0.64
      },
      "work-talk": {
        "precision": 0.61,
        "recall": 0.75
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/contrast/counterfactual.jsonl": {
    "cleanWarned": 0.051,
    "breachSilent": 0.023,
    "categories": {
      "setting-name": {
        "precision": 0.95,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.94,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.96,
        "recall": 0.92
      },
      "derogatory": {
        "precision": 0.79,
        "recall": 0.71
      },
      "profanity": {
        "precision": 0.91,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.65,
        "recall": 0.56
      },
      "confidential": {
        "precision": 0.67,
        "recall": 0.61
      },
      "work-talk": {
        "precision": 0.69,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.89
      }
    }
  },
  "tests/corpus/contrast/minimal-pairs.jsonl": {
    "cleanWarned": 0.103,
    "breachSilent": 0.072,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.96,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.63,
        "recall": 0.84
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.83,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.81,
        "recall": 0.6
      },
      "work-talk": {
        "precision": 0.58,
        "recall": 0.86
      },
      "political-religious": {
        "precision": 0.92,
        "recall": 0.92
      }
    }
  }
};
